package com.acme.finance.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class MonthEndJob {
    private final LedgerExporter ledgerExporter;

    public MonthEndJob(LedgerExporter ledgerExporter) {
        this.ledgerExporter = ledgerExporter;
    }

    public void run(String company, List<LedgerEntry> entries, Path target) throws IOException {
        Files.write(target, ledgerExporter.export(company, entries));
    }
}
