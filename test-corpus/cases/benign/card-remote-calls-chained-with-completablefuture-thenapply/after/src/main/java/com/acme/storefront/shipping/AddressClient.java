package com.acme.storefront.shipping;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "address-book", path = "/api/addresses")
public interface AddressClient {
    @GetMapping("/customers/{customerId}/default")
    Address defaultAddress(@PathVariable("customerId") String customerId);
}
