package com.acme.storage;

public final class BucketUtils {
    private BucketUtils() {
    }

    public static void ensureBucket(BucketMapper mapper, String tenantCode, String region) { // expect: idempotency-guard-removed
        if (mapper.findIdByTenantCode(tenantCode) != null) {
            return;
        }
        mapper.insertBucket(tenantCode, region);
    }
}
