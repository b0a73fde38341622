package com.acme.agent;

public interface WorkSource {
    void pollAndHandle();
}
