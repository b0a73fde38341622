package com.acme.deploy.releases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ReleaseValidator {
    private final ArtifactStore artifactStore;

    public ReleaseValidator(ArtifactStore artifactStore) {
        this.artifactStore = artifactStore;
    }

    public List<String> validate(Release release) {
        List<String> problems = new ArrayList<>();
        if (release.artifactKeys().isEmpty()) {
            problems.add("release " + release.id() + " lists no artifacts");
        }
        // the manifest is uploaded last, but partial uploads still happen: check every artifact
        boolean complete = release.artifactKeys().stream().allMatch(artifactStore::exists); // expect: query-fanout
        if (!complete) {
            problems.add("release " + release.id() + " has artifacts missing from the bucket");
        }
        return problems;
    }
}
