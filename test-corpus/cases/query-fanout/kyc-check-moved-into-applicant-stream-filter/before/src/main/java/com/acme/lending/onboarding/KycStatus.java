package com.acme.lending.onboarding;

import java.time.Instant;

public record KycStatus(String personId, boolean verified, Instant checkedAt) {
}
