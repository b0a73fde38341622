package com.acme.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {
    private final ProductRepository products;
    private final Cache<Long, String> labels;

    public ProductService(ProductRepository products, Cache<Long, String> labels) {
        this.products = products;
        this.labels = labels;
    }

    @Transactional
    public void rename(Long id, String name) {
        String label = labels.getIfPresent(id);
        products.rename(id, name, label);
    }

}
