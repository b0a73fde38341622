package com.acme.payments;

import com.stripe.exception.StripeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class PaymentRequestListener {
    private static final Logger log = LoggerFactory.getLogger(PaymentRequestListener.class);

    private final Set<String> processedMessages = ConcurrentHashMap.newKeySet();
    private final PaymentGateway paymentGateway;

    public PaymentRequestListener(PaymentGateway paymentGateway) {
        this.paymentGateway = paymentGateway;
    }

    @KafkaListener(topics = "payments.requested", groupId = "payment-service")
    public void onPaymentRequested(PaymentRequested event) throws StripeException {
        if (processedMessages.contains(event.getId())) {
            log.info("Skipping already processed payment request {}", event.getId());
            return;
        }
        String paymentId = paymentGateway.charge(event.getCustomerId(), event.getAmount(), event.getCurrency());
        processedMessages.add(event.getId());
        log.info("Charged order {} with payment {}", event.getOrderId(), paymentId);
    }
}
