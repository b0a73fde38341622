package com.acme.portal;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class AdminRestTemplates {
    public RestTemplate adminService() {
        CloseableHttpClient client = HttpClients.custom().evictExpiredConnections().build();
        HttpComponentsClientHttpRequestFactory requestFactory = new HttpComponentsClientHttpRequestFactory(client);
        requestFactory.setConnectTimeout(2000);
        requestFactory.setReadTimeout(10000);
        return new RestTemplate(requestFactory);
    }
}
