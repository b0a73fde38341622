package com.acme.chat.presence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class PresenceService {
    private static final String PRESENCE_PREFIX = "presence:";

    private final StringRedisTemplate redisTemplate;

    public PresenceService(StringRedisTemplate redisTemplate) {
        this.redisTemplate = redisTemplate;
    }

    public List<PresenceView> onlineContacts(List<Contact> contacts) {
        List<PresenceView> online = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.blocked()) {
                continue;
            }
            String status = redisTemplate.opsForValue().get(PRESENCE_PREFIX + contact.userId()); // expect: cache-cardinality
            if (status != null) {
                online.add(new PresenceView(contact.userId(), contact.displayName(), status));
            }
        }
        return online;
    }
}
