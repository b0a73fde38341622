package com.acme.tags.api;

public class TagApiException extends Exception {
    private final ErrorCode code;

    public TagApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode getCode() {
        return code;
    }
}
