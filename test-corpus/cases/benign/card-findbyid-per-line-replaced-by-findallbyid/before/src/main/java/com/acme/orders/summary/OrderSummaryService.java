package com.acme.orders.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderSummaryService {
    private final ProductRepository productRepository;

    public OrderSummaryService(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @Transactional(readOnly = true)
    public List<SummaryLine> summarize(List<OrderLine> lines) {
        List<SummaryLine> summary = new ArrayList<>();
        for (OrderLine line : lines) {
            Product product = productRepository.findById(line.productId())
                    .orElseThrow(() -> new IllegalStateException("unknown product " + line.productId()));
            BigDecimal amount = product.getListPrice().multiply(BigDecimal.valueOf(line.quantity()));
            summary.add(new SummaryLine(product.getName(), line.quantity(), amount));
        }
        return summary;
    }
}
