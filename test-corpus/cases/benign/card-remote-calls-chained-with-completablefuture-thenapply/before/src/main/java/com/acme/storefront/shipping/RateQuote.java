package com.acme.storefront.shipping;

import java.math.BigDecimal;

public record RateQuote(String service, BigDecimal price, int transitDays) {
}
