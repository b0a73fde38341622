package com.acme.fulfilment.picking;

import com.acme.platform.persistence.EntityStore;

public interface ProductCatalog extends EntityStore<Product, Long> {
}
