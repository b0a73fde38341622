package com.acme.orders;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final ProductRepository products;

    public OrderService(ProductRepository products) {
        this.products = products;
    }

    public List<String> describe(List<Long> lineIds, List<Long> giftIds) {
        List<String> out = new ArrayList<>();
        for (Long id : lineIds) {
            out.add(products.findById(id).map(Product::name).orElse("?"));
        }
        for (Product p : products.findAllById(giftIds)) {
            out.add("gift: " + p.name());
        }
        return out;
    }
}
