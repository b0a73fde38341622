package com.acme.shipping;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ShippingService {
    private final CarrierGateway gateway;

    public ShippingService(CarrierGateway gateway) {
        this.gateway = gateway;
    }

    public List<Quote> options(String postcode) {
        return List.of(gateway.quote(postcode));
    }

}
