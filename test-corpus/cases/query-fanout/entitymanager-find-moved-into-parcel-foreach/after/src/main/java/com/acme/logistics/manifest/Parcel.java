package com.acme.logistics.manifest;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Parcel {
    @Id
    private Long id;
    private Long shipmentId;
    private Long pickWarehouseId;
    private String trackingCode;

    public Long getId() {
        return id;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public Long getPickWarehouseId() {
        return pickWarehouseId;
    }

    public String getTrackingCode() {
        return trackingCode;
    }
}
