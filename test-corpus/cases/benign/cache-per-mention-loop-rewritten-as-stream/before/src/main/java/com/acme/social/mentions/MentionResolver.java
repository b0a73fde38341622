package com.acme.social.mentions;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class MentionResolver {
    private final Cache<String, UserSummary> userSummaries;

    public MentionResolver(Cache<String, UserSummary> userSummaries) {
        this.userSummaries = userSummaries;
    }

    public List<MentionLink> resolve(List<String> handles) {
        List<MentionLink> links = new ArrayList<>();
        for (String handle : handles) {
            UserSummary summary = userSummaries.getIfPresent(handle);
            if (summary != null && summary.mentionable()) {
                links.add(new MentionLink(handle, summary.displayName()));
            }
        }
        return links;
    }
}
