package com.acme.crm.profiles;

public interface ProfileStore {
    String load(String customerId);
}
