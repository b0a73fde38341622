package com.acme.erp.fulfilment;

import java.util.List;

public record SalesOrder(String number, String zoneCode, List<OrderLine> lines) {
}
