package com.acme.loyalty.points;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "points")
public interface PointsClient {
    @GetMapping("/members/{id}/balance")
    long balance(@PathVariable("id") String memberId);
}
