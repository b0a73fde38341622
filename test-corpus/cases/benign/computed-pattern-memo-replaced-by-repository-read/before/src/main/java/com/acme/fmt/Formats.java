package com.acme.fmt;

import org.springframework.stereotype.Service;

@Service
public class Formats {
    private final PatternTable table;

    public Formats(PatternTable table) {
        this.table = table;
    }

    public String patternFor(String locale) {
        String p = table.get(locale);
        return p == null ? "yyyy-MM-dd" : p;
    }
}
