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

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 150))
    public List<String> search(String text) {
        return index.query(text, 50);
    }
}
