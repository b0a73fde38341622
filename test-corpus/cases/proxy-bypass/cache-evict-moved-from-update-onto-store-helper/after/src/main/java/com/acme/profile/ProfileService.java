package com.acme.profile;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;

@Service
public class ProfileService {
    private final ProfileRepository profiles;

    public ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public Profile update(Profile p) {
        if (p.displayName().isBlank()) {
            throw new IllegalArgumentException("display name required");
        }
        return store(p); // expect: proxy-bypass
    }

    @CacheEvict(value = "profiles", key = "#p.id")
    public Profile store(Profile p) {
        return profiles.save(p);
    }

}
