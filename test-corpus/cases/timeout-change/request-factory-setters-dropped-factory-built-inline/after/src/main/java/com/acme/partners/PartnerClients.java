package com.acme.partners;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

public class PartnerClients {
    public RestTemplate inventory() {
        RestTemplate rest = new RestTemplate();
        rest.setRequestFactory(new SimpleClientHttpRequestFactory()); // expect: timeout-change
        return rest;
    }
}
