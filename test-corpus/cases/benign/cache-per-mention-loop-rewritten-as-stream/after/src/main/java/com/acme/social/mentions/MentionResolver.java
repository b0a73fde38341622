package com.acme.social.mentions;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

@Component
public class MentionResolver {
    private final Cache<String, UserSummary> userSummaries;

    public MentionResolver(Cache<String, UserSummary> userSummaries) {
        this.userSummaries = userSummaries;
    }

    public List<MentionLink> resolve(List<String> handles) {
        return handles.stream()
                .distinct()
                .map(userSummaries::getIfPresent)
                .filter(Objects::nonNull)
                .filter(UserSummary::mentionable)
                .map(summary -> new MentionLink(summary.handle(), summary.displayName()))
                .toList();
    }
}
