package com.acme.replica;

import java.net.InetSocketAddress;

public class ReplicaServer {
    enum State { ACTIVE, BACKUP, CLOSED }

    private final Replication replication;
    private volatile State state = State.BACKUP;

    public ReplicaServer(Replication replication) {
        this.replication = replication;
    }

    public void setStateActive(InetSocketAddress primary, String fromOffset) {
        if (this.state == State.CLOSED) {
            throw new IllegalStateException("replica closed");
        }
        this.state = State.ACTIVE;
        replication.connect(primary, fromOffset);
    }

    public void close() {
        this.state = State.CLOSED;
        replication.disconnect();
    }
}
