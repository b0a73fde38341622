package com.acme.replica;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ReplicaServer {
    private static final Logger log = LoggerFactory.getLogger(ReplicaServer.class);

    enum State { ACTIVE, BACKUP }

    private final Replication replication;
    private final AtomicReference<State> state = new AtomicReference<>(State.BACKUP);

    public ReplicaServer(Replication replication) {
        this.replication = replication;
    }

    public void setStateActive(InetSocketAddress primary, String fromOffset) {
        if (!state.compareAndSet(State.BACKUP, State.ACTIVE)) {
            log.info("already active, primary {}", primary);
            return;
        }
        replication.connect(primary, fromOffset);
    }

    public void setStateBackup() {
        state.set(State.BACKUP);
        replication.disconnect();
    }
}
