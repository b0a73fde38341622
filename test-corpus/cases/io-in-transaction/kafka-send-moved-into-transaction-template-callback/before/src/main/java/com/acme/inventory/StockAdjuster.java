package com.acme.inventory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class StockAdjuster {
    private final TransactionTemplate transactionTemplate;
    private final StockRepository stock;
    private final KafkaTemplate<String, String> kafkaTemplate;

    public StockAdjuster(TransactionTemplate transactionTemplate, StockRepository stock, KafkaTemplate<String, String> kafkaTemplate) {
        this.transactionTemplate = transactionTemplate;
        this.stock = stock;
        this.kafkaTemplate = kafkaTemplate;
    }

    public void adjust(String sku, int delta) {
        transactionTemplate.executeWithoutResult(status -> stock.adjust(sku, delta));
        kafkaTemplate.send("stock-changed", sku, Integer.toString(delta));
    }

}
