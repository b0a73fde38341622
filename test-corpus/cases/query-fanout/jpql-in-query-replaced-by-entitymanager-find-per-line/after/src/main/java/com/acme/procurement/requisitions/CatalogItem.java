package com.acme.procurement.requisitions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class CatalogItem {
    @Id
    private Long id;
    private String supplierCode;
    private BigDecimal contractPrice;

    public Long getId() {
        return id;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public BigDecimal getContractPrice() {
        return contractPrice;
    }
}
