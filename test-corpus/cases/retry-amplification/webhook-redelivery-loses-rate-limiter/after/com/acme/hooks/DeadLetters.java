package com.acme.hooks;

public interface DeadLetters {
    void park(Delivery delivery);
}
