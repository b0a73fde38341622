package com.acme.news.frontpage;

import java.util.ArrayList;
import java.util.List;
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
        List<Teaser> teasers = new ArrayList<>();
        for (String articleId : articleIds) {
            Object cached = memcached.get(TEASER_PREFIX + articleId);
            if (cached instanceof Teaser teaser) {
                teasers.add(teaser);
            }
        }
        return teasers;
    }
}
