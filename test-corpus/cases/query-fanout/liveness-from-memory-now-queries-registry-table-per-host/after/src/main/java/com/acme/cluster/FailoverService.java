package com.acme.cluster;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class FailoverService {
    private final WorkOwnershipMapper ownershipMapper;
    private final RegistryClient registryClient;

    public FailoverService(WorkOwnershipMapper ownershipMapper, RegistryClient registryClient) {
        this.ownershipMapper = ownershipMapper;
        this.registryClient = registryClient;
    }

    @Scheduled(fixedDelay = 10000)
    public void failoverDeadHosts() {
        List<String> owners = ownershipMapper.selectOwnerHosts();
        for (String host : owners) {
            if (!registryClient.isAlive(host)) {
                ownershipMapper.releaseHost(host);
            }
        }
    }
}
