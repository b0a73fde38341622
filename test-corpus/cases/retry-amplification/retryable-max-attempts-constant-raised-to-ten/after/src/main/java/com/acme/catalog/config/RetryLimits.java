package com.acme.catalog.config;

public final class RetryLimits {
    public static final int PRICING_ATTEMPTS = 10; // expect: retry-amplification
    public static final int SEARCH_ATTEMPTS = 2;

    private RetryLimits() {
    }
}
