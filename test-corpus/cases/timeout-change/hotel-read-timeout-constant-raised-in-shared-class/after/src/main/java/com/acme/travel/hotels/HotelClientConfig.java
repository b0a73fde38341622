package com.acme.travel.hotels;

import com.acme.travel.config.Timeouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

@Configuration
public class HotelClientConfig {
    @Bean
    public RestTemplate hotelRestTemplate() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Timeouts.CONNECT_MS);
        factory.setReadTimeout(Timeouts.HOTEL_READ_MS);
        return new RestTemplate(factory);
    }
}
