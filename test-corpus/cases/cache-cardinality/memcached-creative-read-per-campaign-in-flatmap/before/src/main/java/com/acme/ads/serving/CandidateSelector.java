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
        Object cached = memcached.get(CREATIVES_PREFIX + placement.site());
        List<Creative> siteCreatives = cached instanceof CreativeBundle bundle ? bundle.creatives() : List.of();
        return campaigns.stream()
                .filter(campaign -> campaign.targets(placement))
                .flatMap(campaign -> siteCreatives.stream()
                        .filter(creative -> creative.campaignId().equals(campaign.id())))
                .filter(creative -> creative.fits(placement))
                .toList();
    }
}
