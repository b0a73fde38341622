package com.acme.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

@Component
public class MetricsBinder implements ApplicationListener<ContextRefreshedEvent> {
    private final MeterRegistry meters;
    private final AtomicInteger depth = new AtomicInteger();

    public MetricsBinder(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Gauge.builder("queue.depth", depth, AtomicInteger::get).register(meters);
    }
}
