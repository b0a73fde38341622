package com.acme.pay.api;

import com.stripe.exception.StripeException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentController {
    private final PaymentService paymentService;

    public PaymentController(PaymentService paymentService) {
        this.paymentService = paymentService;
    }

    @PostMapping("/payments")
    public ResponseEntity<String> create(@RequestBody PaymentRequest request) throws StripeException {
        String paymentId = paymentService.charge(request); // expect: idempotency-guard-removed
        return ResponseEntity.ok(paymentId);
    }
}
