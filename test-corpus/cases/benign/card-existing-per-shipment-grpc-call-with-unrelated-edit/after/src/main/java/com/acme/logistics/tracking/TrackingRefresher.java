package com.acme.logistics.tracking;

import com.acme.carriers.grpc.CarrierGatewayGrpc;
import com.acme.carriers.grpc.StatusReply;
import com.acme.carriers.grpc.StatusRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class TrackingRefresher {
    private static final Logger log = LoggerFactory.getLogger(TrackingRefresher.class);

    private final CarrierGatewayGrpc.CarrierGatewayBlockingStub carrierGateway;
    private final Counter deliveredCount;

    public TrackingRefresher(CarrierGatewayGrpc.CarrierGatewayBlockingStub carrierGateway, MeterRegistry meters) {
        this.carrierGateway = carrierGateway;
        this.deliveredCount = meters.counter("tracking.refresh.skipped.delivered");
    }

    public List<TrackingStatus> refresh(List<Shipment> shipments) {
        List<TrackingStatus> statuses = new ArrayList<>();
        for (Shipment shipment : shipments) {
            if ("DELIVERED".equals(shipment.state())) {
                deliveredCount.increment();
                continue;
            }
            StatusRequest request = StatusRequest.newBuilder()
                    .setCarrier(shipment.carrier())
                    .setTrackingNumber(shipment.masterTrackingNumber())
                    .build();
            StatusReply reply = carrierGateway.getStatus(request);
            statuses.add(new TrackingStatus(shipment.masterTrackingNumber(), reply.getState(), reply.getLocation()));
        }
        log.debug("refreshed {} of {} shipments", statuses.size(), shipments.size());
        return statuses;
    }
}
