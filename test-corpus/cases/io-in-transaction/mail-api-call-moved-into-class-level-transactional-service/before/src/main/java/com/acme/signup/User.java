package com.acme.signup;

public record User(Long id, String email) {
}
