package com.acme.kyc;

import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Service
public class KycChecker {
    private final RestTemplate primary;
    private final RestTemplate backup;

    public KycChecker(RestTemplate primary, RestTemplate backup) {
        this.primary = primary;
        this.backup = backup;
    }

    @Retryable(retryFor = RestClientException.class, maxAttempts = 3)
    public Verdict verify(String customerId) {
        return primary.getForObject("https://kyc-primary.example/verify/{c}", Verdict.class, customerId);
    }

    @Recover
    public Verdict pending(RestClientException e, String customerId) {
        return backup.getForObject("https://kyc-backup.example/verify/{c}", Verdict.class, customerId); // expect: fallback-amplification
    }

}
