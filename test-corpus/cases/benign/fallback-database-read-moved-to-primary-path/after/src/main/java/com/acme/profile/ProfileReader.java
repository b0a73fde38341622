package com.acme.profile;

import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Service
public class ProfileReader {
    private final RestTemplate profiles;
    private final ProfileRepository replica;

    public ProfileReader(RestTemplate profiles, ProfileRepository replica) {
        this.profiles = profiles;
        this.replica = replica;
    }

    public Profile read(String userId) {
        var row = replica.findById(userId);
        if (row.isPresent()) {
            return row.get();
        }
        try {
            return profiles.getForObject("https://profiles.internal/{u}", Profile.class, userId);
        } catch (ResourceAccessException e) {
            return Profile.anonymous(userId);
        }
    }

}
