package com.acme.loyalty.redemption;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RedemptionController {
    private final RedemptionService redemptionService;

    public RedemptionController(RedemptionService redemptionService) {
        this.redemptionService = redemptionService;
    }

    @PostMapping("/loyalty/redemptions")
    public long redeem(@RequestBody RedemptionRequest request) {
        return redemptionService.applyPoints(request);
    }
}
