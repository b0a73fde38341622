package com.acme.api.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

@Component
public class UsageMeter {
    private static final String COUNTER_PREFIX = "calls:";

    private final JedisPooled jedis;
    private final Clock clock;

    public UsageMeter(JedisPooled jedis, Clock clock) {
        this.jedis = jedis;
        this.clock = clock;
    }

    /** Calls made with the key in the current hour. */
    public long recentCalls(String apiKey) {
        long hour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS).getEpochSecond() / 3600;
        String count = jedis.get(COUNTER_PREFIX + apiKey + ":" + hour);
        return count == null ? 0 : Long.parseLong(count);
    }
}
