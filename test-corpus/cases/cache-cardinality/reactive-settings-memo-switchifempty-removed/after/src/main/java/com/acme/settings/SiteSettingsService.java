package com.acme.settings;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class SiteSettingsService {
    private final SiteSettingsRepository repository;
    private final AtomicReference<SiteSettings> cached = new AtomicReference<>();

    public SiteSettingsService(SiteSettingsRepository repository) {
        this.repository = repository;
    }

    public void onSettingsChanged(SiteSettings settings) {
        cached.set(settings);
    }

    public Mono<SiteSettings> current() {
        return repository.findById("site"); // expect: cache-cardinality
    }
}
