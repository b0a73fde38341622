package com.acme.settings;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

public interface SiteSettingsRepository extends ReactiveMongoRepository<SiteSettings, String> {
}
