package com.acme.shop.orders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {
    private final PurchaseOrderRepository orderRepository;

    public OrderController(PurchaseOrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    @PostMapping
    public ResponseEntity<Long> create(@RequestBody CreateOrderRequest request) {
        PurchaseOrder order = new PurchaseOrder(request.clientReference(), request.customerId(), request.total());
        PurchaseOrder saved = orderRepository.save(order); // expect: idempotency-guard-removed
        return ResponseEntity.status(HttpStatus.CREATED).body(saved.getId());
    }
}
