package com.acme.tags.api;

public enum ErrorCode {
    TAG_ALREADY_EXISTS,
    TAG_DEFINITION_NOT_FOUND,
    TAG_NOT_FOUND
}
