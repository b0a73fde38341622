package com.acme.cluster;

import org.springframework.stereotype.Component;

@Component
public class RegistryClient {
    private static final String WORKERS = "/nodes/workers/";

    private final NodeMapper nodeMapper;

    public RegistryClient(NodeMapper nodeMapper) {
        this.nodeMapper = nodeMapper;
    }

    public boolean isAlive(String host) {
        return !nodeMapper.selectByPrefix(WORKERS + host).isEmpty();
    }
}
