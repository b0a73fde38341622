package com.acme.tickets.events;

import com.acme.tickets.config.HttpTimeouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

@Configuration
public class EventsClientConfig {
    @Bean
    public RestTemplate eventsRestTemplate() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(HttpTimeouts.CONNECT_MILLIS);
        factory.setReadTimeout(HttpTimeouts.EVENTS_READ_MILLIS);
        return new RestTemplate(factory);
    }
}
