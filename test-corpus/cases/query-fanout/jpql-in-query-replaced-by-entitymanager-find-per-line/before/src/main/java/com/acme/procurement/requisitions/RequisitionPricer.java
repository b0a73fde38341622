package com.acme.procurement.requisitions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RequisitionPricer {
    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public BigDecimal price(List<RequisitionLine> lines) {
        List<Long> ids = lines.stream().map(RequisitionLine::catalogItemId).toList();
        List<CatalogItem> items = entityManager
                .createQuery("select i from CatalogItem i where i.id in :ids", CatalogItem.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, CatalogItem> byId = items.stream()
                .collect(Collectors.toMap(CatalogItem::getId, Function.identity()));
        BigDecimal total = BigDecimal.ZERO;
        for (RequisitionLine line : lines) {
            CatalogItem item = byId.get(line.catalogItemId());
            total = total.add(item.getContractPrice().multiply(line.quantity()));
        }
        return total;
    }
}
