package com.acme.ads.serving;

import java.util.List;
import net.spy.memcached.MemcachedClient;
import org.springframework.stereotype.Component;

@Component
public class CandidateSelector {
    private static final String CREATIVES_PREFIX = "creatives:";

    private final MemcachedClient memcached;

    public CandidateSelector(MemcachedClient memcached) {
        this.memcached = memcached;
    }

    public List<Creative> candidates(Placement placement, List<Campaign> campaigns) {
        return campaigns.stream()
                .filter(campaign -> campaign.targets(placement))
                .flatMap(campaign -> creativesOf(campaign).stream()) // expect: cache-cardinality
                .filter(creative -> creative.fits(placement))
                .toList();
    }

    /** Creatives are now stored per campaign, so a campaign edit invalidates only its own entry. */
    private List<Creative> creativesOf(Campaign campaign) {
        Object cached = memcached.get(CREATIVES_PREFIX + campaign.id());
        return cached instanceof CreativeBundle bundle ? bundle.creatives() : List.of();
    }
}
