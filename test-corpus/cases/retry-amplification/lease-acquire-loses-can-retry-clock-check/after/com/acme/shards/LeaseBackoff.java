package com.acme.shards;

import java.util.HashMap;
import java.util.Map;

public class LeaseBackoff {
    private final Map<String, Long> retryAt = new HashMap<>();

    public boolean canRetry(String shard, long now) {
        return now >= retryAt.getOrDefault(shard, 0L);
    }

    public void recordFailure(String shard, long now) {
        retryAt.put(shard, now + 2_000);
    }
}
