package com.acme.forum.threads;

import org.springframework.data.repository.CrudRepository;

public interface AuthorProfileRepository extends CrudRepository<AuthorProfile, String> {
}
