package com.acme.deploy.releases;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

@Component
public class ArtifactStore {
    private static final String BUCKET = "acme-release-artifacts";

    private final S3Client s3;

    public ArtifactStore(S3Client s3) {
        this.s3 = s3;
    }

    public boolean exists(String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(BUCKET).key(key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }
}
