package com.acme.logistics.dispatch;

import java.util.List;

public record Route(String id, String depotPostcode, List<Delivery> deliveries) {
}
