package com.acme.news.frontpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.spy.memcached.MemcachedClient;
import org.springframework.stereotype.Component;

@Component
public class FrontPageAssembler {
    private static final String TEASER_PREFIX = "teaser:";

    private final MemcachedClient memcached;

    public FrontPageAssembler(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    public List<Teaser> teasers(List<String> articleIds) {
        List<String> keys = articleIds.stream().map(id -> TEASER_PREFIX + id).toList();
        Map<String, Object> cached = memcached.getBulk(keys);
        List<Teaser> teasers = new ArrayList<>();
        for (String key : keys) {
            if (cached.get(key) instanceof Teaser teaser) {
                teasers.add(teaser);
            }
        }
        return teasers;
    }
}
