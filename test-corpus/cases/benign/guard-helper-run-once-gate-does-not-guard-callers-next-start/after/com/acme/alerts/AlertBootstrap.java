package com.acme.alerts;

import org.springframework.stereotype.Service;

@Service
public class AlertBootstrap {
    private final AlertFetcher alertFetcher;

    public AlertBootstrap(AlertFetcher alertFetcher) {
        this.alertFetcher = alertFetcher;
    }

    public void start() {
        alertFetcher.start();
    }
}
