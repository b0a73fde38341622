package com.acme.conference.rooms;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        List<ParticipantSession> sessions = new ArrayList<>();
        Iterator<String> it = participantIds.iterator();
        while (it.hasNext()) {
            String participantId = it.next();
            Object value = memcached.get(SESSION_PREFIX + participantId); // expect: cache-cardinality
            if (value instanceof ParticipantSession session) {
                sessions.add(session);
            } else {
                it.remove();
            }
        }
        return sessions;
    }
}
