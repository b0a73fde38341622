package com.acme.outbox;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

public class OutboxFlusher {
    private static final Logger log = LoggerFactory.getLogger(OutboxFlusher.class);
    private static final long RETRY_DELAY_MS = 2000L;

    private final ScheduledExecutorService scheduler;
    private final KafkaProducer<String, String> producer;
    private final JdbcTemplate jdbc;

    public OutboxFlusher(ScheduledExecutorService scheduler, KafkaProducer<String, String> producer, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.producer = producer;
        this.jdbc = jdbc;
    }

    public void flush() {
        try {
            List<OutboxEvent> pending = jdbc.query("SELECT id, topic, event_key, payload FROM outbox WHERE sent = false",
                    (rs, i) -> new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            for (OutboxEvent e : pending) {
                producer.send(new ProducerRecord<>(e.topic(), e.key(), e.payload())).get();
                jdbc.update("UPDATE outbox SET sent = true WHERE id = ?", e.id());
            }
        } catch (Exception e) {
            log.warn("Outbox flush failed, retrying", e);
            scheduler.schedule(this::flush, RETRY_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }
}
