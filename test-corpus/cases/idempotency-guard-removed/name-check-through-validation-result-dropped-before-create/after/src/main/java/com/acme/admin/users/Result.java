package com.acme.admin.users;

public class Result {
    private int code;
    private String msg;

    public static Result of(Status status) {
        Result r = new Result();
        r.code = status.getCode();
        r.msg = status.name();
        return r;
    }

    public int getCode() {
        return code;
    }

    public String getMsg() {
        return msg;
    }
}
