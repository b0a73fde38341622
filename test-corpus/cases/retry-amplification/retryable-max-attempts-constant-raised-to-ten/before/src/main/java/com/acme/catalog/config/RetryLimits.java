package com.acme.catalog.config;

public final class RetryLimits {
    public static final int PRICING_ATTEMPTS = 3;
    public static final int SEARCH_ATTEMPTS = 2;

    private RetryLimits() {
    }
}
