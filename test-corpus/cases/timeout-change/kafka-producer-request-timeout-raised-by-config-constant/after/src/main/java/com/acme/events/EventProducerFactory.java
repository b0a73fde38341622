package com.acme.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

public class EventProducerFactory {
    public Map<String, Object> config(String servers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 600000); // expect: timeout-change
        return props;
    }
}
