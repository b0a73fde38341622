package com.acme.billing.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class InvoiceExporter {
    private final InvoiceLineMapper invoiceLineMapper;

    public InvoiceExporter(InvoiceLineMapper invoiceLineMapper) {
        this.invoiceLineMapper = invoiceLineMapper;
    }

    public int export(List<Long> invoiceIds, int maxLines, Writer out) throws IOException {
        int written = 0;
        Iterator<Long> invoices = invoiceIds.iterator();
        while (invoices.hasNext() && written < maxLines) {
            long invoiceId = invoices.next();
            List<InvoiceLineRow> rows = invoiceLineMapper.findByInvoiceId(invoiceId); // expect: query-fanout
            for (InvoiceLineRow row : rows) {
                out.write(row.invoiceId() + ";" + row.description() + ";" + row.amount() + "\n");
                written++;
            }
        }
        return written;
    }
}
