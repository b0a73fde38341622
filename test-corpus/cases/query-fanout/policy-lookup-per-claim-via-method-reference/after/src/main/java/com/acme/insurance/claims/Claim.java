package com.acme.insurance.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Claim(String id, String policyNumber, BigDecimal amount, LocalDate incidentDate) {
}
