package com.acme.shop.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

@Component
public class InvoiceTotaler {
    private static final String VAT_RATES = "vat_rates";

    private final UnifiedJedis jedis;

    public InvoiceTotaler(UnifiedJedis jedis) {
        this.jedis = jedis;
    }

    public BigDecimal grossTotal(Draft draft) {
        String vat = jedis.hget(VAT_RATES, draft.countryCode());
        BigDecimal vatRate = vat == null ? BigDecimal.ZERO : new BigDecimal(vat);
        BigDecimal net = BigDecimal.ZERO;
        for (InvoiceItem item : draft.items()) {
            BigDecimal gross = item.unitPrice().multiply(BigDecimal.valueOf(item.quantity()));
            BigDecimal discount = gross.multiply(item.discountPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            net = net.add(gross.subtract(discount));
        }
        return net.add(net.multiply(vatRate)).setScale(2, RoundingMode.HALF_UP);
    }
}
