package com.acme.media.streaming;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;
import org.springframework.stereotype.Service;

@Service
public class ContinueWatchingShelf {
    private static final String PROGRESS = "progress:";

    private final StringRedisTemplate redisTemplate;

    public ContinueWatchingShelf(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public List<ShelfItem> shelf(String profileId, List<Title> recentTitles) {
        ValueOperations<String, String> ops = redisTemplate.opsForValue();
        List<String> keys = recentTitles.stream()
                .map(title -> PROGRESS + profileId + ":" + title.id())
                .toList();
        // MGET fails with CROSSSLOT on the new Redis Cluster, so read the keys one by one
        List<String> positions = keys.stream()
                .map(ops::get) // expect: cache-cardinality
                .toList();
        List<ShelfItem> items = new ArrayList<>();
        for (int i = 0; i < recentTitles.size(); i++) {
            Title title = recentTitles.get(i);
            int seconds = positions.get(i) == null ? 0 : Integer.parseInt(positions.get(i));
            items.add(new ShelfItem(title.id(), title.name(), 100 * seconds / Math.max(1, title.runtimeSeconds())));
        }
        return items;
    }
}
