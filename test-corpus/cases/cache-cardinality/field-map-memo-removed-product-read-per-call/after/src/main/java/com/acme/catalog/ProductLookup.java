package com.acme.catalog;

import org.springframework.stereotype.Service;

@Service
public class ProductLookup {
    private final ProductRepository repository;

    public ProductLookup(ProductRepository repository) {
        this.repository = repository;
    }

    public Product byCode(String code) {
        return repository.findByCode(code); // expect: cache-cardinality
    }
}
