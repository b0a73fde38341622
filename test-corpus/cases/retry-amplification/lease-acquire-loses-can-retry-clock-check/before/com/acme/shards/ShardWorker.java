package com.acme.shards;

public class ShardWorker {
    private final LeaseClient leaseClient;
    private final LeaseBackoff backoff;

    public ShardWorker(LeaseClient leaseClient, LeaseBackoff backoff) {
        this.leaseClient = leaseClient;
        this.backoff = backoff;
    }

    public void poll(String shard) {
        if (!backoff.canRetry(shard, System.currentTimeMillis())) {
            return;
        }
        if (!leaseClient.acquire(shard)) {
            backoff.recordFailure(shard, System.currentTimeMillis());
            return;
        }
        process(shard);
    }

    private void process(String shard) {
        leaseClient.renew(shard);
    }
}
