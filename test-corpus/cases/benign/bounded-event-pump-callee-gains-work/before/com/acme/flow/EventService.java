package com.acme.flow;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class EventService {
    private final List<EventPump> pumps;

    public EventService(List<EventPump> pumps) {
        this.pumps = pumps;
    }

    @Scheduled(fixedDelay = 100)
    public void pumpAll() {
        for (EventPump pump : pumps) {
            pump.drain();
        }
    }
}
