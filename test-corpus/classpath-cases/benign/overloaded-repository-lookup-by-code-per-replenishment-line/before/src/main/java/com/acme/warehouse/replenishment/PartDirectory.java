package com.acme.warehouse.replenishment;

import java.util.HashMap;
import java.util.Map;

/** Parts by id (from the store) or by catalogue code (from the codes loaded at start-up). */
public class PartDirectory {
    private final PartRepository partRepository;
    private final Map<String, Part> byCode = new HashMap<>();

    public PartDirectory(PartRepository partRepository) {
        this.partRepository = partRepository;
    }

    public void preload(Iterable<Part> parts) {
        for (Part p : parts) {
            byCode.put(p.getCode(), p);
        }
    }

    public Part lookup(long id) {
        return partRepository.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown part " + id));
    }

    public Part lookup(String code) {
        Part part = byCode.get(code);
        if (part == null) {
            throw new IllegalArgumentException("unknown part code " + code);
        }
        return part;
    }
}
