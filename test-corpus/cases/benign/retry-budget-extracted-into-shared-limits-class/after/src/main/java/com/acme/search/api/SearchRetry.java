package com.acme.search.api;

final class SearchRetry {
    static final int MAX_ATTEMPTS = 3;
    static final long BACKOFF_MS = 150;
    static final int PAGE_SIZE = 50;

    private SearchRetry() {
    }
}
