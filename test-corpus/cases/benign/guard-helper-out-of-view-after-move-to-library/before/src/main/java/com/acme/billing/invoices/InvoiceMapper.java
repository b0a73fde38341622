package com.acme.billing.invoices;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface InvoiceMapper {
    @Insert("insert into invoice(customer_id, amount_cents, currency) values(#{customerId}, #{amountCents}, #{currency})")
    int insert(Invoice invoice);
}
