package com.acme.logistics.manifest;

public record ManifestLine(String trackingCode, String warehouseCode, String customsOffice) {
}
