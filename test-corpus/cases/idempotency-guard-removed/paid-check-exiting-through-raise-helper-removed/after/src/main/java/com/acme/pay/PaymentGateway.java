package com.acme.pay;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "gateway")
public interface PaymentGateway {
    @PostMapping("/charges")
    String charge(String orderId);
}
