package com.acme.storefront.shipping;

public record Address(String countryCode, String postalCode, String city) {
}
