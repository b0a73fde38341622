package com.acme.shipping.labels;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class LabelRequestListener {
    private final LabelRepository labels;
    private final CarrierGateway carrier;

    public LabelRequestListener(LabelRepository labels, CarrierGateway carrier) {
        this.labels = labels;
        this.carrier = carrier;
    }

    @KafkaListener(topics = "shipping.label-requested", groupId = "labels")
    public void onLabelRequested(LabelRequested event) {
        String trackingNumber = carrier.purchaseLabel(event.shipmentId(), event.weightGrams()); // expect: idempotency-guard-removed
        labels.save(new Label(event.shipmentId(), trackingNumber));
    }
}
