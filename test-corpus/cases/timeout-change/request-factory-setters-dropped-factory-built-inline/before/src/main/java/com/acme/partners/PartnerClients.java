package com.acme.partners;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

public class PartnerClients {
    public RestTemplate inventory() {
        RestTemplate rest = new RestTemplate();
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(2000);
        factory.setReadTimeout(5000);
        rest.setRequestFactory(factory);
        return rest;
    }
}
