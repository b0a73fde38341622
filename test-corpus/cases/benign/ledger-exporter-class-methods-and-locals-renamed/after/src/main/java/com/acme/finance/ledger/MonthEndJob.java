package com.acme.finance.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class MonthEndJob {
    private final JournalExporter journalExporter;

    public MonthEndJob(JournalExporter journalExporter) {
        this.journalExporter = journalExporter;
    }

    public void run(String companyCode, List<LedgerEntry> entries, Path target) throws IOException {
        Files.write(target, journalExporter.exportJournal(companyCode, entries));
    }
}
