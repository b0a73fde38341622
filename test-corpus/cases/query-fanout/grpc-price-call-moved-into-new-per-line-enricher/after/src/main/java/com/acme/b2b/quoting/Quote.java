package com.acme.b2b.quoting;

import java.util.List;

public record Quote(String accountId, List<PricedLine> lines, long totalCents) {
}
