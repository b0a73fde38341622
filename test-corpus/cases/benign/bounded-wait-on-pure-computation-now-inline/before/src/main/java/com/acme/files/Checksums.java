package com.acme.files;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class Checksums {
    public String of(byte[] data) throws Exception {
        return CompletableFuture.supplyAsync(() -> digest(data)).get(2, TimeUnit.SECONDS);
    }

    private String digest(byte[] data) {
        long h = 1125899906842597L;
        for (byte b : data) {
            h = 31 * h + b;
        }
        return Long.toHexString(h);
    }
}
