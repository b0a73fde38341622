package com.acme.travel.quotes;

public record Fare(String route, long cents) {
}
