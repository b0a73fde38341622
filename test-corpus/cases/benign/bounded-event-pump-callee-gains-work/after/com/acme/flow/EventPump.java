package com.acme.flow;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

public class EventPump {
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private final EventHandler handler;

    public EventPump(EventHandler handler) {
        this.handler = handler;
    }

    public void drain() {
        int passes = events.size() * 2;
        for (int i = 0; i < passes; i++) {
            Event event = events.peek();
            if (event == null) {
                return;
            }
            try {
                handler.handle(event);
                events.remove(event);
            } catch (RuntimeException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
