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
        if (!artifactStore.exists(release.manifestKey())) {
            problems.add("manifest " + release.manifestKey() + " was not uploaded");
        }
        return problems;
    }
}
