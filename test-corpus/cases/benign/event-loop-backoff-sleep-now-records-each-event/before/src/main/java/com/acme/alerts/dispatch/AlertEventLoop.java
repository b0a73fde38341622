package com.acme.alerts.dispatch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class AlertEventLoop implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(AlertEventLoop.class);

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private final BlockingQueue<AlertEvent> pending;
    private final ExecutorService workers;
    private final AlertAuditRepository auditRepository;
    private final int maxWorkers;

    public AlertEventLoop(BlockingQueue<AlertEvent> pending, ExecutorService workers,
                          AlertAuditRepository auditRepository) {
        this.pending = pending;
        this.workers = workers;
        this.auditRepository = auditRepository;
        this.maxWorkers = 8;
    }

    @Override
    public void run() {
        while (running.get()) {
            try {
                if (busyWorkers.get() >= maxWorkers) {
                    log.debug("all alert workers busy, waiting");
                    Thread.sleep(1000);
                    continue;
                }
                AlertEvent event = pending.take();
                if (auditRepository.existsById(event.id())) {
                    continue; // already sent before a restart
                }
                busyWorkers.incrementAndGet();
                CompletableFuture.runAsync(() -> handle(event), workers)
                        .whenComplete((ignored, error) -> busyWorkers.decrementAndGet());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.error("alert loop error", e);
            }
        }
    }

    private void handle(AlertEvent event) {
        log.info("sending alert {} on {}", event.id(), event.channel());
    }

    public void shutdown() {
        running.set(false);
    }
}
