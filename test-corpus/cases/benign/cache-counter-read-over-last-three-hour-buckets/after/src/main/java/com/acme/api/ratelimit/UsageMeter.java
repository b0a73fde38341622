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

    /** Calls made with the key over a sliding window of the last three hourly buckets. */
    public long recentCalls(String apiKey) {
        long currentHour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS).getEpochSecond() / 3600;
        long total = 0;
        for (int back = 0; back < 3; back++) {
            String count = jedis.get(COUNTER_PREFIX + apiKey + ":" + (currentHour - back));
            total += count == null ? 0 : Long.parseLong(count);
        }
        return total;
    }
}
