package com.acme.billing.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class InvoiceExporter {
    private final InvoiceLineMapper invoiceLineMapper;

    public InvoiceExporter(InvoiceLineMapper invoiceLineMapper) {
        this.invoiceLineMapper = invoiceLineMapper;
    }

    public int export(List<Long> invoiceIds, int maxLines, Writer out) throws IOException {
        List<InvoiceLineRow> rows = invoiceLineMapper.findByInvoiceIds(invoiceIds);
        int written = 0;
        for (InvoiceLineRow row : rows) {
            if (written == maxLines) {
                break;
            }
            out.write(row.invoiceId() + ";" + row.description() + ";" + row.amount() + "\n");
            written++;
        }
        return written;
    }
}
