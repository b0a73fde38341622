package com.acme.search;

import java.util.List;

public interface SearchApi {
    List<String> locales(String user);

    List<String> allowedLocalesFor(String user);
}
