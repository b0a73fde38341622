package com.acme.procurement.requisitions;

import java.math.BigDecimal;

public record RequisitionLine(Long catalogItemId, BigDecimal quantity) {
}
