package com.acme.flags;

public interface FlagStoreClient {
    FlagSet fetchFlags(String tenant);
}
