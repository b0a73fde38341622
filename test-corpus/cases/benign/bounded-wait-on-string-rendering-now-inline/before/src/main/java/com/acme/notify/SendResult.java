package com.acme.notify;

public record SendResult(boolean ok, String detail) {
}
