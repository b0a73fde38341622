package com.acme.partners;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

public class PartnerClients {
    private final ClientHttpRequestFactory partnerRequestFactory;

    public PartnerClients(ClientHttpRequestFactory partnerRequestFactory) {
        this.partnerRequestFactory = partnerRequestFactory;
    }

    public RestTemplate inventory() {
        RestTemplate rest = new RestTemplate();
        rest.setRequestFactory(partnerRequestFactory);
        return rest;
    }
}
