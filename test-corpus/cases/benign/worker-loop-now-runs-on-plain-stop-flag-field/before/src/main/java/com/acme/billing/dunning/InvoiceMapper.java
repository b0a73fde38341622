package com.acme.billing.dunning;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface InvoiceMapper {
    @Select("SELECT id, customer_email FROM invoice WHERE due_date < NOW() AND reminded = 0")
    List<Invoice> selectOverdue();
}
