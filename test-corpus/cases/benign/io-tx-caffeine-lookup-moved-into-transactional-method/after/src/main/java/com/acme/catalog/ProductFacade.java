package com.acme.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.stereotype.Service;

@Service
public class ProductFacade {
    private final ProductService productService;

    public ProductFacade(ProductService productService) {
        this.productService = productService;
    }

    public void rename(Long id, String name) {
        productService.rename(id, name);
    }

}
