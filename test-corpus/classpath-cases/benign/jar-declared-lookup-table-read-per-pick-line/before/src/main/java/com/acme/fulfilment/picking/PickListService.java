package com.acme.fulfilment.picking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class PickListService {
    private final ProductCatalog productCatalog;

    public PickListService(ProductCatalog productCatalog) {
        this.productCatalog = productCatalog;
    }

    public List<PickStop> route(List<PickLine> lines) {
        List<Long> ids = lines.stream().map(PickLine::productId).toList();
        Map<Long, Product> products = new HashMap<>();
        for (Product p : productCatalog.findAllById(ids)) {
            products.put(p.getId(), p);
        }
        List<PickStop> stops = new ArrayList<>();
        for (PickLine line : lines) {
            Product product = products.get(line.productId());
            if (product == null) {
                throw new IllegalStateException("unknown product " + line.productId());
            }
            stops.add(new PickStop(product.getBinLocation(), line.productId(), line.quantity(),
                    product.getWeightGrams() * line.quantity()));
        }
        stops.sort(Comparator.comparing(PickStop::binLocation));
        return stops;
    }
}
