package com.acme.geo;

public record Region(String code) {
}
