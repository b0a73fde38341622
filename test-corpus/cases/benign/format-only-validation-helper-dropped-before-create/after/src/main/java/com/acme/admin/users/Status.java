package com.acme.admin.users;

public enum Status {
    SUCCESS(0), USER_NAME_EXIST(10003), REQUEST_PARAMS_NOT_VALID(10001), TENANT_NOT_EXIST(10009);

    private final int code;

    Status(int code) {
        this.code = code;
    }

    public int getCode() {
        return code;
    }
}
