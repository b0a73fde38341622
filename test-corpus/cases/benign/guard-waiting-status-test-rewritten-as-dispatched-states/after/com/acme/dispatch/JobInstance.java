package com.acme.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class JobInstance {
    @Id
    private Long instanceId;
    private int status;
    private String params;

    public Long getInstanceId() {
        return instanceId;
    }

    public int getStatus() {
        return status;
    }

    public String getParams() {
        return params;
    }
}
