package com.acme.api.ratelimit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UsageController {
    private final UsageMeter usageMeter;

    public UsageController(UsageMeter usageMeter) {
        this.usageMeter = usageMeter;
    }

    @GetMapping("/keys/{apiKey}/usage")
    public long recentCalls(@PathVariable String apiKey) {
        return usageMeter.recentCalls(apiKey);
    }
}
