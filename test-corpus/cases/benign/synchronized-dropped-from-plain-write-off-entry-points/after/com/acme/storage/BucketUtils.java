package com.acme.storage;

public final class BucketUtils {
    private BucketUtils() {
    }

    public static void recordBucket(BucketMapper mapper, String tenantCode, String region) {
        mapper.insertBucket(tenantCode, region);
    }
}
