package com.acme.fulfilment.picking;

import com.acme.platform.lookup.LookupTable;

public interface ProductCatalog extends LookupTable<Product, Long> {
}
