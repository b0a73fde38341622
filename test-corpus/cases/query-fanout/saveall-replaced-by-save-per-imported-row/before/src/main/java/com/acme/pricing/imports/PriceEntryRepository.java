package com.acme.pricing.imports;

import org.springframework.data.repository.CrudRepository;

public interface PriceEntryRepository extends CrudRepository<PriceEntry, Long> {
}
