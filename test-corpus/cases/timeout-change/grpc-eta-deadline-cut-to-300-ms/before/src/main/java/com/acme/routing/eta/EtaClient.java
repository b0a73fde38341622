package com.acme.routing.eta;

import com.acme.routing.proto.EtaRequest;
import com.acme.routing.proto.EtaResponse;
import com.acme.routing.proto.RoutingServiceGrpc;
import java.util.concurrent.TimeUnit;

public class EtaClient {
    private final RoutingServiceGrpc.RoutingServiceBlockingStub stub;

    public EtaClient(RoutingServiceGrpc.RoutingServiceBlockingStub stub) {
        this.stub = stub;
    }

    public long etaSeconds(String from, String to) {
        EtaRequest request = EtaRequest.newBuilder().setFrom(from).setTo(to).build();
        EtaResponse response = stub.withDeadlineAfter(3, TimeUnit.SECONDS).estimate(request);
        return response.getSeconds();
    }
}
