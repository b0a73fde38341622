package com.acme.fmt;

public record Pattern(String locale, String text) {
}
