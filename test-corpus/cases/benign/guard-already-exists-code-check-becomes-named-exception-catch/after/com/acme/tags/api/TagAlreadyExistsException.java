package com.acme.tags.api;

public class TagAlreadyExistsException extends TagApiException {
    public TagAlreadyExistsException(String message) {
        super(ErrorCode.TAG_ALREADY_EXISTS, message);
    }
}
