package com.acme.store;

import org.springframework.data.repository.CrudRepository;

/** The library's base interface for stores: a name no heuristic recognises as a repository. */
public interface EntityStore<T, ID> extends CrudRepository<T, ID> {
}
