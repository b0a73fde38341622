package com.acme.warehouse.replenishment;

import com.acme.platform.persistence.EntityStore;

public interface PartStore extends EntityStore<Part, Long> {
}
