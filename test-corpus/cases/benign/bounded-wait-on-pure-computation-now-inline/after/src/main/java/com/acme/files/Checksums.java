package com.acme.files;

public class Checksums {
    public String of(byte[] data) {
        return digest(data);
    }

    private String digest(byte[] data) {
        long h = 1125899906842597L;
        for (byte b : data) {
            h = 31 * h + b;
        }
        return Long.toHexString(h);
    }
}
