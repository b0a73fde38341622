package com.acme.b2b.quoting;

import java.util.List;

public record QuoteDraft(String accountId, List<DraftLine> lines) {
    public List<String> skus() {
        return lines.stream().map(DraftLine::sku).toList();
    }
}
