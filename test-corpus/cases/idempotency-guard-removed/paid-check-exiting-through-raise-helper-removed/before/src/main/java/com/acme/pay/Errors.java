package com.acme.pay;

public final class Errors {
    private Errors() {
    }

    public static void raiseConflict(String what) {
        throw new IllegalStateException("conflict: " + what);
    }
}
