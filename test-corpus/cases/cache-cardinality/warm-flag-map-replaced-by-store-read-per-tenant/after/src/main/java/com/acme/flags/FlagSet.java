package com.acme.flags;

import java.util.Set;

public record FlagSet(String tenant, Set<String> enabled) {
}
