package com.acme.billing;

public interface TariffService {
    Tariff tariffFor(String region);
}
