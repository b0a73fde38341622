package com.acme.orders.history;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class OrderHistoryService {
    private final ShipmentRepository shipmentRepository;

    public OrderHistoryService(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    public List<OrderView> history(List<CustomerOrder> orders) {
        return orders.stream()
                .map(o -> {
                    List<Shipment> shipments = shipmentRepository.findByOrderId(o.getId()); // expect: query-fanout
                    List<String> tracking = shipments.stream().map(Shipment::getTrackingNumber).toList();
                    return new OrderView(o.getId(), o.getPlacedAt(), tracking);
                })
                .toList();
    }
}
