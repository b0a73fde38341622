package com.acme.shop.catalog;

import java.util.List;

public class CatalogService {
    public List<String> categories() {
        return List.of("books", "games");
    }
}
