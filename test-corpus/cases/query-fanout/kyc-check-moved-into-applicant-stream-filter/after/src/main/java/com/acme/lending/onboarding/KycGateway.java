package com.acme.lending.onboarding;

import org.springframework.stereotype.Component;

@Component
public class KycGateway {
    private final KycClient kycClient;

    public KycGateway(KycClient kycClient) {
        this.kycClient = kycClient;
    }

    public boolean isVerified(String personId) {
        KycStatus status = kycClient.status(personId);
        return status != null && status.verified();
    }
}
