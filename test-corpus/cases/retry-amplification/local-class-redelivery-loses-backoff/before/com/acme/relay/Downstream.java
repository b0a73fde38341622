package com.acme.relay;

public interface Downstream {
    void send(String payload);
}
