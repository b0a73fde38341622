package com.acme.insurance.claims;

import java.util.List;

public record ClaimBatch(String brokerId, String policyNumber, List<Claim> claims) {
}
