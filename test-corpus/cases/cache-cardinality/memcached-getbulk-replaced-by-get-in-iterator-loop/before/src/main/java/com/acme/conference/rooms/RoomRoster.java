package com.acme.conference.rooms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.spy.memcached.MemcachedClient;
import org.springframework.stereotype.Component;

@Component
public class RoomRoster {
    private static final String SESSION_PREFIX = "conf:session:";

    private final MemcachedClient memcached;

    public RoomRoster(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    public List<ParticipantSession> activeSessions(List<String> participantIds) {
        List<String> keys = participantIds.stream().map(id -> SESSION_PREFIX + id).collect(Collectors.toList());
        Map<String, Object> found = memcached.getBulk(keys);
        List<ParticipantSession> sessions = new ArrayList<>();
        for (Object value : found.values()) {
            if (value instanceof ParticipantSession session) {
                sessions.add(session);
            }
        }
        return sessions;
    }
}
