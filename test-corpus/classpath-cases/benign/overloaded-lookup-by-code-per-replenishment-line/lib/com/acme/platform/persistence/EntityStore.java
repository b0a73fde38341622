package com.acme.platform.persistence;

import org.springframework.data.repository.CrudRepository;

/** The platform's base for entity access: services extend it instead of naming Spring Data directly. */
public interface EntityStore<T, ID> extends CrudRepository<T, ID> {
}
