package com.acme.notify.hooks;

public interface PartnerEndpoint {
    int deliver(String url, String payload);
}
