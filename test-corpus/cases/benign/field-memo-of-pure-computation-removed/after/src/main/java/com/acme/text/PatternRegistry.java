package com.acme.text;

import java.util.regex.Pattern;

public class PatternRegistry {
    public Pattern compiled(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
