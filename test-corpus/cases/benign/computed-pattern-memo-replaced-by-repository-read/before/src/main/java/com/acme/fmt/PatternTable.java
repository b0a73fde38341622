package com.acme.fmt;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class PatternTable {
    private final Map<String, String> patterns = new ConcurrentHashMap<>();

    public PatternTable() {
        for (Locale l : Locale.getAvailableLocales()) {
            patterns.put(l.toLanguageTag(), l.getCountry().isEmpty() ? "yyyy-MM-dd" : "dd.MM.yyyy");
        }
    }

    public String get(String locale) {
        return patterns.get(locale);
    }
}
