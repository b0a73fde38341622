package com.acme.alerts;

import org.springframework.stereotype.Service;

@Service
public class AlertBootstrap {
    private final ListenerFetcher listenerFetcher;
    private final AlertFetcher alertFetcher;

    public AlertBootstrap(ListenerFetcher listenerFetcher, AlertFetcher alertFetcher) {
        this.listenerFetcher = listenerFetcher;
        this.alertFetcher = alertFetcher;
    }

    public void start() {
        listenerFetcher.start();
        alertFetcher.start();
    }
}
