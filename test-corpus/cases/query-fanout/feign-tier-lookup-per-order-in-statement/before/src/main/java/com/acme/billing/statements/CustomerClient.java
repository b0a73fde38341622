package com.acme.billing.statements;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "customer-service", path = "/api/customers")
public interface CustomerClient {
    @GetMapping("/{customerId}/tier")
    CustomerTier tier(@PathVariable("customerId") String customerId);
}
