package com.acme.crm.profiles;

import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

@Service
public class CustomerProfiles {
    private final ProfileStore store;
    private final RetryTemplate retryTemplate = RetryTemplate.builder()
            .maxAttempts(4)
            .fixedBackoff(300)
            .build();

    public CustomerProfiles(ProfileStore store) {
        this.store = store;
    }

    public String profile(String customerId) {
        return retryTemplate.execute(ctx -> store.load(customerId));
    }
}
