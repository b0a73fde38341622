package com.acme.ads.serving;

public record Placement(String id, String site, int width, int height) {
}
