package com.acme.replica;

import java.net.InetSocketAddress;

public interface Replication {
    void connect(InetSocketAddress primary, String fromOffset);

    void disconnect();
}
