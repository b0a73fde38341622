package com.acme.search.index;

import java.util.List;

public interface SearchIndexClient {
    List<String> query(String text, int limit);
}
