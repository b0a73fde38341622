package com.acme.procurement.requisitions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RequisitionPricer {
    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public BigDecimal price(List<RequisitionLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (RequisitionLine line : lines) {
            CatalogItem item = entityManager.find(CatalogItem.class, line.catalogItemId()); // expect: query-fanout
            if (item == null) {
                throw new IllegalArgumentException("unknown catalog item " + line.catalogItemId());
            }
            total = total.add(item.getContractPrice().multiply(line.quantity()));
        }
        return total;
    }
}
