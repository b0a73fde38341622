package com.acme.fulfilment.picking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class PickListService {
    private final ProductCatalog productCatalog;

    public PickListService(ProductCatalog productCatalog) {
        this.productCatalog = productCatalog;
    }

    public List<PickStop> route(List<PickLine> lines) {
        List<PickStop> stops = new ArrayList<>();
        for (PickLine line : lines) {
            Product product = productCatalog.findById(line.productId())
                    .orElseThrow(() -> new IllegalStateException("unknown product " + line.productId()));
            stops.add(new PickStop(product.getBinLocation(), line.productId(), line.quantity(),
                    product.getWeightGrams() * line.quantity()));
        }
        stops.sort(Comparator.comparing(PickStop::binLocation));
        return stops;
    }
}
