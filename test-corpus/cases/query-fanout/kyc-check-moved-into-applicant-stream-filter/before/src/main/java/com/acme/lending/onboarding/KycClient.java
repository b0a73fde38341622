package com.acme.lending.onboarding;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "kyc-service", path = "/api/v1")
public interface KycClient {
    @GetMapping("/persons/{personId}/kyc")
    KycStatus status(@PathVariable("personId") String personId);
}
