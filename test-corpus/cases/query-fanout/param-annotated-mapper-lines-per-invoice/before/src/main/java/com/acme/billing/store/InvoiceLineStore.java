package com.acme.billing.store;

import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface InvoiceLineStore {
    List<InvoiceLine> linesOf(@Param("invoiceId") long invoiceId);

    List<InvoiceLine> linesOfAll(@Param("invoiceIds") List<Long> invoiceIds);
}
