package com.acme.tenants;

public class NotFoundException extends RuntimeException {
}
