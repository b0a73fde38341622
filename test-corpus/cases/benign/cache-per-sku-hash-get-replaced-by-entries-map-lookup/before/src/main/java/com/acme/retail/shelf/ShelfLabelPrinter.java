package com.acme.retail.shelf;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class ShelfLabelPrinter {
    private static final String OVERRIDES = "price_overrides:";

    private final StringRedisTemplate redisTemplate;

    public ShelfLabelPrinter(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public List<ShelfLabel> labels(String storeId, List<Article> articles) {
        HashOperations<String, String, String> hash = redisTemplate.opsForHash();
        List<ShelfLabel> labels = new ArrayList<>();
        for (Article article : articles) {
            String override = hash.get(OVERRIDES + storeId, article.sku());
            String price = override != null ? override : article.listPrice().toPlainString();
            labels.add(new ShelfLabel(article.sku(), price, override != null));
        }
        return labels;
    }
}
