package com.acme.fmt;

import org.springframework.stereotype.Service;

@Service
public class Formats {
    private final PatternRepository repository;

    public Formats(PatternRepository repository) {
        this.repository = repository;
    }

    public String patternFor(String locale) {
        Pattern p = repository.findByLocale(locale);
        return p == null ? "yyyy-MM-dd" : p.text();
    }
}
