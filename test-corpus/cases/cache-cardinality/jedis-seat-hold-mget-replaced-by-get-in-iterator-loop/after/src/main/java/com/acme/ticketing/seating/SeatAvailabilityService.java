package com.acme.ticketing.seating;

import java.util.ArrayList;
import java.util.Iterator;
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
        List<Seat> free = new ArrayList<>();
        try (Jedis jedis = jedisPool.getResource()) {
            // stop as soon as we have enough seats instead of fetching every hold up front
            Iterator<Seat> seats = sectionSeats.iterator();
            while (seats.hasNext() && free.size() < wanted) {
                Seat seat = seats.next();
                String hold = jedis.get(HOLD_PREFIX + eventId + ":" + seat.id()); // expect: cache-cardinality
                if (hold == null) {
                    free.add(seat);
                }
            }
        }
        return free;
    }
}
