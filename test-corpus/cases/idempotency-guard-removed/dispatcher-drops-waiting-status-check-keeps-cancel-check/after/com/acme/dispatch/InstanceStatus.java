package com.acme.dispatch;

public enum InstanceStatus {
    WAITING_DISPATCH(1), WAITING_WORKER_RECEIVE(2), RUNNING(3), SUCCEED(5), CANCELED(9);

    private final int code;

    InstanceStatus(int code) {
        this.code = code;
    }

    public int getCode() {
        return code;
    }
}
