package com.acme.launch;

public final class Errors {
    private Errors() {
    }

    public static void throwIfTrue(boolean condition, String message) {
        if (condition) {
            throw new IllegalStateException(message);
        }
    }
}
