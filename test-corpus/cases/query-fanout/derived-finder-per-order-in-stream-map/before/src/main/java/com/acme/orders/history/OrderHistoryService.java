package com.acme.orders.history;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
public class OrderHistoryService {
    private final ShipmentRepository shipmentRepository;

    public OrderHistoryService(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    public List<OrderView> history(List<CustomerOrder> orders) {
        List<Long> orderIds = orders.stream().map(CustomerOrder::getId).toList();
        Map<Long, List<Shipment>> byOrder = shipmentRepository.findByOrderIdIn(orderIds).stream()
                .collect(Collectors.groupingBy(Shipment::getOrderId));
        return orders.stream()
                .map(o -> new OrderView(o.getId(), o.getPlacedAt(), byOrder.getOrDefault(o.getId(), List.of())
                        .stream().map(Shipment::getTrackingNumber).toList()))
                .toList();
    }
}
