package com.acme.ledger;

final class Sleeps {
    private Sleeps() {
    }

    static void quietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
