package com.acme.fleet.registry;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.PostConstruct;
import org.springframework.stereotype.Component;

@Component
public class LeaderElection {
    private static final String LEADER_PATH = "/fleet/leader";

    private final AtomicBoolean leader = new AtomicBoolean();

    private final LeaseMapper leaseMapper;

    public LeaderElection(NodeRegistry registry, LeaseMapper leaseMapper) {
        this.leaseMapper = leaseMapper;
    }

    @PostConstruct
    public void start() {
        leader.set(nodeName().equals(leaseMapper.selectHolder(LEADER_PATH)));
    }

    private static String nodeName() {
        return System.getenv().getOrDefault("NODE_NAME", "local");
    }

    public boolean isLeader() {
        return leader.get();
    }
}
