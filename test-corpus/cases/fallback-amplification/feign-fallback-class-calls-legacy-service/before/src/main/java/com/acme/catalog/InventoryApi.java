package com.acme.catalog;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "inventory", fallback = InventoryFallback.class)
public interface InventoryApi {
    @GetMapping("/stock/{sku}")
    Stock stockOf(@PathVariable("sku") String sku);
}
