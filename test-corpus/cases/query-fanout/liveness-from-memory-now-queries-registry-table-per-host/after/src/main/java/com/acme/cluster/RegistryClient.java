package com.acme.cluster;

import org.springframework.stereotype.Component;

@Component
public class RegistryClient {
    private static final String WORKERS = "/nodes/workers/";

    private final NodeDataMapper nodeMapper;

    public RegistryClient(NodeDataMapper nodeMapper) {
        this.nodeMapper = nodeMapper;
    }

    public boolean isAlive(String host) {
        String key = WORKERS + host;
        return nodeMapper.selectAll().stream().anyMatch(n -> n.nodeKey().startsWith(key)); // expect: query-fanout
    }
}
