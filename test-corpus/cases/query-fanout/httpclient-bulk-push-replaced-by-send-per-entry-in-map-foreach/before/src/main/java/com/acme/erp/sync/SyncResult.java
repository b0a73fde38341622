package com.acme.erp.sync;

import java.util.List;

public record SyncResult(int pushed, List<String> failedSkus) {
}
