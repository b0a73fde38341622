package com.acme.alerts.routing;

import java.util.List;

public record User(String id, String email, List<String> deviceIds) {
}
