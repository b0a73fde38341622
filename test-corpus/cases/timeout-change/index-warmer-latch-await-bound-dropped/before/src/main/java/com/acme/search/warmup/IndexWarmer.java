package com.acme.search.warmup;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

public class IndexWarmer {
    private final ExecutorService pool;
    private final ShardClient shards;

    public IndexWarmer(ExecutorService pool, ShardClient shards) {
        this.pool = pool;
        this.shards = shards;
    }

    public boolean warm(List<String> shardIds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(shardIds.size());
        for (String id : shardIds) {
            pool.submit(() -> {
                try {
                    shards.preload(id);
                } finally {
                    done.countDown();
                }
            });
        }
        return done.await(2, TimeUnit.MINUTES);
    }
}
