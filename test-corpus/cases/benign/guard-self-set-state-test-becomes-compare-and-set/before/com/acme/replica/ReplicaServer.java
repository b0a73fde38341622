package com.acme.replica;

import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ReplicaServer {
    private static final Logger log = LoggerFactory.getLogger(ReplicaServer.class);

    enum State { ACTIVE, BACKUP }

    private final Replication replication;
    private volatile State state = State.BACKUP;

    public ReplicaServer(Replication replication) {
        this.replication = replication;
    }

    public void setStateActive(InetSocketAddress primary, String fromOffset) {
        if (State.ACTIVE == this.state) {
            log.info("already active, primary {}", primary);
            return;
        }
        this.state = State.ACTIVE;
        replication.connect(primary, fromOffset);
    }

    public void setStateBackup() {
        this.state = State.BACKUP;
        replication.disconnect();
    }
}
