package com.acme.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.stereotype.Service;

@Service
public class ProductFacade {
    private final ProductService productService;
    private final Cache<Long, String> labels;

    public ProductFacade(ProductService productService, Cache<Long, String> labels) {
        this.productService = productService;
        this.labels = labels;
    }

    public void rename(Long id, String name) {
        String label = labels.getIfPresent(id);
        productService.rename(id, name, label);
    }

}
