package com.acme.platform.lookup;

import java.util.Optional;

/** An in-memory table loaded at start-up from a reference-data snapshot; reads never leave the process. */
public interface LookupTable<T, ID> {
    Optional<T> findById(ID id);

    Iterable<T> findAllById(Iterable<ID> ids);
}
