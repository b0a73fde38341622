package com.acme.feed;

public interface BrokerConnection {
    void connect(String endpoint) throws java.io.IOException;
}
