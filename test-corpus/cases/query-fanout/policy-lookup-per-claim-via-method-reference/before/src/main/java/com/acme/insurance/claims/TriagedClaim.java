package com.acme.insurance.claims;

public record TriagedClaim(String claimId, int riskScore) {
}
