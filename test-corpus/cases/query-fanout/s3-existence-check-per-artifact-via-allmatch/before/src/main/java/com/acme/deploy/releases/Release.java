package com.acme.deploy.releases;

import java.util.List;

public record Release(String id, String manifestKey, List<String> artifactKeys) {
}
