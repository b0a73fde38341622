package com.acme.quotes;

import java.util.HashMap;
import java.util.Map;

public class QuoteRequests {
    public Map<String, Object> headers(String tenant) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("X-Tenant", tenant);
        return headers;
    }
}
