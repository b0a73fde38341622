package org.springframework.data.repository;

import java.util.Optional;

/** A stand-in for Spring Data's interface (the real jar is not needed to show the point): same name, same methods. */
public interface CrudRepository<T, ID> {
    <S extends T> S save(S entity);

    Optional<T> findById(ID id);

    Iterable<T> findAllById(Iterable<ID> ids);

    void deleteById(ID id);
}
