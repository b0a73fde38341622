package com.acme.shards;

public interface LeaseClient {
    boolean acquire(String shard);

    void renew(String shard);
}
