package com.acme.search.api;

import com.acme.search.index.SearchIndexClient;
import java.util.List;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;

@Service
public class ProductSearch {
    private final SearchIndexClient index;

    public ProductSearch(SearchIndexClient index) {
        this.index = index;
    }

    @Retryable(maxAttempts = SearchRetry.MAX_ATTEMPTS, backoff = @Backoff(delay = SearchRetry.BACKOFF_MS))
    public List<String> search(String text) {
        return index.query(text, SearchRetry.PAGE_SIZE);
    }
}
