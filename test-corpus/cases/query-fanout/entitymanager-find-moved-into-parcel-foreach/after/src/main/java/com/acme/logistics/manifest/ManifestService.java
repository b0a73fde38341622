package com.acme.logistics.manifest;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ManifestService {
    private final EntityManager entityManager;

    public ManifestService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<ManifestLine> manifest(long shipmentId, long originWarehouseId) {
        List<Parcel> parcels = entityManager
                .createQuery("select p from Parcel p where p.shipmentId = :shipment", Parcel.class)
                .setParameter("shipment", shipmentId)
                .getResultList();
        List<ManifestLine> lines = new ArrayList<>();
        // split shipments: each parcel declares the warehouse it was picked in
        parcels.forEach(parcel -> {
            Warehouse pickedAt = entityManager.find(Warehouse.class, parcel.getPickWarehouseId()); // expect: query-fanout
            lines.add(new ManifestLine(parcel.getTrackingCode(), pickedAt.getCode(), pickedAt.getCustomsOffice()));
        });
        return lines;
    }
}
