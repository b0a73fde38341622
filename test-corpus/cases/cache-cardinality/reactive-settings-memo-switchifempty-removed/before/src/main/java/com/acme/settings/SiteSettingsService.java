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
        return Mono.fromSupplier(cached::get)
            .switchIfEmpty(Mono.defer(this::loadAndRemember));
    }

    private Mono<SiteSettings> loadAndRemember() {
        return repository.findById("site").doOnNext(cached::set);
    }
}
