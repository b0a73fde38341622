package com.acme.social.digest;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowerRepository extends JpaRepository<Follower, String> {
    List<Follower> findByAuthorId(String authorId);
}
