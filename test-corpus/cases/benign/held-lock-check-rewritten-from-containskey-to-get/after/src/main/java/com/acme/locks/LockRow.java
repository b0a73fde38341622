package com.acme.locks;

public record LockRow(String lockKey, String owner, long acquiredAt) {
}
