package com.acme.travel.fares;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/** Applies a fare rule such as "markup=12" or "discount=25" to a base fare. */
@Component
public class FareCalculator {

    public BigDecimal applyRule(BigDecimal baseFare, String rule) {
        if (rule == null || rule.isBlank()) {
            return baseFare;
        }
        String[] parts = rule.split("=", 2);
        BigDecimal percent = new BigDecimal(parts[1]).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        return switch (parts[0]) {
            case "markup" -> baseFare.add(baseFare.multiply(percent));
            case "discount" -> baseFare.subtract(baseFare.multiply(percent));
            default -> baseFare;
        };
    }
}
