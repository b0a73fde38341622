package com.acme.billing;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface InvoiceMapper {
    @Select("SELECT number, customer_email, due_date FROM invoice WHERE paid = false AND due_date < CURRENT_DATE")
    List<Invoice> selectOverdue();
}
