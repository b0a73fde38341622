package com.acme.shipping.labels;

public record ParcelSpec(String reference, int weightGrams, String destinationCountry) {
}
