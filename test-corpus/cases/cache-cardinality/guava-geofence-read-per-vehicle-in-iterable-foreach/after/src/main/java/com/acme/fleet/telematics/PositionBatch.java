package com.acme.fleet.telematics;

import java.util.List;

public record PositionBatch(String depotId, List<Position> positions) {
}
