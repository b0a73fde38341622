package com.acme.alerts.routing;

import java.util.List;

public class User {
    private final String id;
    private final String email;
    private final List<String> deviceIds;

    public User(String id, String email, List<String> deviceIds) {
        this.id = id;
        this.email = email;
        this.deviceIds = deviceIds;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public List<String> getDeviceIds() {
        return deviceIds;
    }
}
