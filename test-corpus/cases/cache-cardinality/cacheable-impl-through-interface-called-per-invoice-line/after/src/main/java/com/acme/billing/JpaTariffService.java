package com.acme.billing;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class JpaTariffService implements TariffService {
    private final TariffRepository repository;

    public JpaTariffService(TariffRepository repository) {
        this.repository = repository;
    }

    @Override
    @Cacheable("tariffs")
    public Tariff tariffFor(String region) {
        return repository.findByRegion(region);
    }
}
