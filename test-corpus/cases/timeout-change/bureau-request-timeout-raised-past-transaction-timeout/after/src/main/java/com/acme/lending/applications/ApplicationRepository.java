package com.acme.lending.applications;

public interface ApplicationRepository {
    void recordScore(String applicationId, int score);
}
