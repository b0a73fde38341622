package com.acme.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

public class PatternRegistry {
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    public Pattern compiled(String regex) {
        Pattern p = compiled.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            compiled.put(regex, p);
        }
        return p;
    }
}
