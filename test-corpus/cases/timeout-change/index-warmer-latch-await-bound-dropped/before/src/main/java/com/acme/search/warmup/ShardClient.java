package com.acme.search.warmup;

public interface ShardClient {
    void preload(String shardId);
}
