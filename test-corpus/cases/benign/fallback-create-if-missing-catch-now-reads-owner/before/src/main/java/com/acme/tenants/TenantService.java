package com.acme.tenants;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class TenantService {
    private final RestTemplate restTemplate;
    private final AccountRepository accounts;

    public TenantService(RestTemplate restTemplate, AccountRepository accounts) {
        this.restTemplate = restTemplate;
        this.accounts = accounts;
    }

    public Tenant load(String id) {
        return restTemplate.getForObject("http://tenant-admin/tenants/{id}", Tenant.class, id);
    }

    public Tenant create(Tenant tenant) {
        return restTemplate.postForObject("http://tenant-admin/tenants", tenant, Tenant.class);
    }

}
