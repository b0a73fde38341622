package com.acme.billing.export;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface InvoiceLineMapper {
    @Select("select invoice_id, description, amount from invoice_line where invoice_id = #{invoiceId}")
    List<InvoiceLineRow> findByInvoiceId(@Param("invoiceId") long invoiceId);

    @Select({"<script>",
            "select invoice_id, description, amount from invoice_line where invoice_id in",
            "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
            "</script>"})
    List<InvoiceLineRow> findByInvoiceIds(@Param("ids") List<Long> invoiceIds);
}
