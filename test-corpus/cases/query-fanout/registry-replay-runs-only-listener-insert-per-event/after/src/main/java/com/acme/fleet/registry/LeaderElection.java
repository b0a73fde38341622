package com.acme.fleet.registry;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.PostConstruct;
import org.springframework.stereotype.Component;

@Component
public class LeaderElection {
    private static final String LEADER_PATH = "/fleet/leader";

    private final AtomicBoolean leader = new AtomicBoolean();
    private final NodeRegistry registry;

    private final LeaseMapper leaseMapper;
    private final CrashAlertListener crashAlertListener;

    public LeaderElection(NodeRegistry registry, LeaseMapper leaseMapper, CrashAlertListener crashAlertListener) {
        this.crashAlertListener = crashAlertListener;
        this.leaseMapper = leaseMapper;
        this.registry = registry;
    }

    @PostConstruct
    public void start() {
        leader.set(nodeName().equals(leaseMapper.selectHolder(LEADER_PATH)));
        registry.subscribe(LEADER_PATH, crashAlertListener); // expect: query-fanout
    }

    private static String nodeName() {
        return System.getenv().getOrDefault("NODE_NAME", "local");
    }

    public boolean isLeader() {
        return leader.get();
    }
}
