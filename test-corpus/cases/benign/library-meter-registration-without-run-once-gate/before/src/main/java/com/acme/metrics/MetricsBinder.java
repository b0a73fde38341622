package com.acme.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

@Component
public class MetricsBinder implements ApplicationListener<ContextRefreshedEvent> {
    private final MeterRegistry meters;
    private final AtomicInteger depth = new AtomicInteger();
    private final AtomicBoolean bound = new AtomicBoolean(false);

    public MetricsBinder(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!bound.compareAndSet(false, true)) {
            return;
        }
        Gauge.builder("queue.depth", depth, AtomicInteger::get).register(meters);
    }
}
