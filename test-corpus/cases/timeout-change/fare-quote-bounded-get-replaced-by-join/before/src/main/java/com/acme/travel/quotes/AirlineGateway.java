package com.acme.travel.quotes;

public interface AirlineGateway {
    Fare fareFor(String route);
}
