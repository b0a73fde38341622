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
        List<String> keys = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            keys.add(PRESENCE_PREFIX + contact.userId());
        }
        List<String> statuses = redisTemplate.opsForValue().multiGet(keys);
        List<PresenceView> online = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String status = statuses == null ? null : statuses.get(i);
            if (!contact.blocked() && status != null) {
                online.add(new PresenceView(contact.userId(), contact.displayName(), status));
            }
        }
        return online;
    }
}
