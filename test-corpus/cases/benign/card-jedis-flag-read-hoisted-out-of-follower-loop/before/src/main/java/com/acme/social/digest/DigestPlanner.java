package com.acme.social.digest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import redis.clients.jedis.JedisPooled;

@Service
public class DigestPlanner {
    private static final String SETTINGS_PREFIX = "digest:settings:";

    private final JedisPooled jedis;
    private final FollowerRepository followerRepository;

    public DigestPlanner(JedisPooled jedis, FollowerRepository followerRepository) {
        this.jedis = jedis;
        this.followerRepository = followerRepository;
    }

    public List<DigestEntry> plan(String authorId, String postId) {
        List<Follower> followers = followerRepository.findByAuthorId(authorId);
        List<DigestEntry> entries = new ArrayList<>(followers.size());
        for (Follower follower : followers) {
            String quietHours = jedis.hget(SETTINGS_PREFIX + authorId, "quiet_hours");
            boolean deferred = "on".equals(quietHours);
            entries.add(new DigestEntry(follower.getId(), follower.getEmail(), postId, deferred));
        }
        return entries;
    }
}
