package com.acme.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class ProductLookup {
    private final ProductRepository repository;
    private final Map<String, Product> byCode = new ConcurrentHashMap<>();

    public ProductLookup(ProductRepository repository) {
        this.repository = repository;
    }

    public Product byCode(String code) {
        Product product = byCode.get(code);
        if (product == null) {
            product = repository.findByCode(code);
            byCode.put(code, product);
        }
        return product;
    }
}
