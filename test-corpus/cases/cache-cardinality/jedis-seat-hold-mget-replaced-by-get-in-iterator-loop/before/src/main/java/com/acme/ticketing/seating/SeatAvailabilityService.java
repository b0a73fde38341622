package com.acme.ticketing.seating;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

@Service
public class SeatAvailabilityService {
    private static final String HOLD_PREFIX = "seat_hold:";

    private final JedisPool jedisPool;

    public SeatAvailabilityService(JedisPool jedisPool) {
        this.jedisPool = jedisPool;
    }

    /** Returns up to {@code wanted} seats of the section that nobody is holding right now. */
    public List<Seat> freeSeats(String eventId, List<Seat> sectionSeats, int wanted) {
        String[] keys = sectionSeats.stream()
                .map(seat -> HOLD_PREFIX + eventId + ":" + seat.id())
                .toArray(String[]::new);
        List<Seat> free = new ArrayList<>();
        try (Jedis jedis = jedisPool.getResource()) {
            List<String> holds = jedis.mget(keys);
            for (int i = 0; i < sectionSeats.size() && free.size() < wanted; i++) {
                if (holds.get(i) == null) {
                    free.add(sectionSeats.get(i));
                }
            }
        }
        return free;
    }
}
