package com.acme.billing;

import java.util.List;

public record Invoice(String region, List<Line> lines) {
}
