package com.acme.inventory.availability;

public record Warehouse(String id, String region, boolean active) {
}
