package com.acme.logistics.tracking;

import com.acme.carriers.grpc.CarrierGatewayGrpc;
import com.acme.carriers.grpc.StatusReply;
import com.acme.carriers.grpc.StatusRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class TrackingRefresher {
    private final CarrierGatewayGrpc.CarrierGatewayBlockingStub carrierGateway;

    public TrackingRefresher(CarrierGatewayGrpc.CarrierGatewayBlockingStub carrierGateway) {
        this.carrierGateway = carrierGateway;
    }

    public List<TrackingStatus> refresh(List<Shipment> shipments) {
        List<TrackingStatus> statuses = new ArrayList<>();
        for (Shipment shipment : shipments) {
            for (Parcel parcel : shipment.parcels()) {
                StatusRequest request = StatusRequest.newBuilder()
                        .setCarrier(shipment.carrier())
                        .setTrackingNumber(parcel.trackingNumber())
                        .build();
                StatusReply reply = carrierGateway.getStatus(request); // expect: query-fanout
                statuses.add(new TrackingStatus(parcel.trackingNumber(), reply.getState(), reply.getLocation()));
            }
        }
        return statuses;
    }
}
