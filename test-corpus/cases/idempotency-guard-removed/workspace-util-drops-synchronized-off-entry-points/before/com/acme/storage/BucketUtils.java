package com.acme.storage;

public final class BucketUtils {
    private BucketUtils() {
    }

    public static synchronized void ensureBucket(BucketMapper mapper, String tenantCode, String region) {
        if (mapper.findIdByTenantCode(tenantCode) != null) {
            return;
        }
        mapper.insertBucket(tenantCode, region);
    }
}
