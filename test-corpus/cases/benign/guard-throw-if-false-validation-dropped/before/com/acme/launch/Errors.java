package com.acme.launch;

public final class Errors {
    private Errors() {
    }

    public static void throwIfFalse(boolean condition, String message) {
        throwIfTrue(!condition, message);
    }

    public static void throwIfTrue(boolean condition, String message) {
        if (condition) {
            throw new IllegalStateException(message);
        }
    }
}
