package com.acme.loyalty;

public record PointsRow(Long id, String member, long points) {
}
