package com.acme.travel.quotes;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class FareQuoteService {
    private final AirlineGateway airline;

    public FareQuoteService(AirlineGateway airline) {
        this.airline = airline;
    }

    public Fare quote(String route) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Fare> fare = CompletableFuture.supplyAsync(() -> airline.fareFor(route));
        return fare.join(); // expect: timeout-change
    }
}
