package com.acme.tickets.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

@Configuration
public class EventsClientConfig {
    @Bean
    public RestTemplate eventsRestTemplate() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(750);
        factory.setReadTimeout(4000);
        return new RestTemplate(factory);
    }
}
