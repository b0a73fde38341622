package com.acme.orders;

import com.acme.store.EntityStore;

public interface OrderLedger extends EntityStore<Order, Long> {
}
