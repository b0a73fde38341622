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
        List<Contact> visible = contacts.stream().filter(c -> !c.blocked()).toList();
        List<String> keys = visible.stream().map(c -> PRESENCE_PREFIX + c.userId()).toList();
        List<String> statuses = keys.isEmpty() ? List.of() : redisTemplate.opsForValue().multiGet(keys);
        List<PresenceView> online = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            String status = statuses == null ? null : statuses.get(i);
            if (status != null) {
                Contact contact = visible.get(i);
                online.add(new PresenceView(contact.userId(), contact.displayName(), status));
            }
        }
        return online;
    }
}
