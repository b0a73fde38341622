package com.acme.lending.onboarding;

import java.util.List;

public record EligibilityDecision(String applicationId, boolean eligible, List<String> reasons) {
}
