package com.acme.plans;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "entitlements")
public interface EntitlementClient {
    @PostMapping("/entitlements")
    void push(@RequestBody Plan plan);
}
