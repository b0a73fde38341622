package com.acme.pricing.imports;

import java.math.BigDecimal;
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
        int imported = 0;
        for (PriceRow row : rows) {
            PriceEntry entry = new PriceEntry(row.sku(), row.currency(), new BigDecimal(row.amount()));
            if (entry.getAmount().signum() < 0) {
                throw new IllegalArgumentException("negative price on line " + row.lineNumber());
            }
            priceEntryRepository.save(entry); // expect: query-fanout
            imported++;
        }
        return imported;
    }
}
