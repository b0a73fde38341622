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
        try {
            return profiles.getForObject("https://profiles.internal/{u}", Profile.class, userId);
        } catch (ResourceAccessException e) {
            return replica.findById(userId).orElse(Profile.anonymous(userId));
        }
    }

}
