package com.acme.pricing.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PriceListImporter {
    private final PriceEntryRepository priceEntryRepository;

    public PriceListImporter(PriceEntryRepository priceEntryRepository) {
        this.priceEntryRepository = priceEntryRepository;
    }

    @Transactional
    public int importRows(List<PriceRow> rows) {
        List<PriceEntry> entries = new ArrayList<>(rows.size());
        for (PriceRow row : rows) {
            entries.add(new PriceEntry(row.sku(), row.currency(), new BigDecimal(row.amount())));
        }
        priceEntryRepository.saveAll(entries);
        return entries.size();
    }
}
