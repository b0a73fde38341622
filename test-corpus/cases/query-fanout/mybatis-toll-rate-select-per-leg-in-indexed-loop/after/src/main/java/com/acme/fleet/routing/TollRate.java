package com.acme.fleet.routing;

public class TollRate {
    private String region;
    private String vehicleClass;
    private long centsPerKm;

    public String getRegion() {
        return region;
    }

    public String getVehicleClass() {
        return vehicleClass;
    }

    public long getCentsPerKm() {
        return centsPerKm;
    }
}
