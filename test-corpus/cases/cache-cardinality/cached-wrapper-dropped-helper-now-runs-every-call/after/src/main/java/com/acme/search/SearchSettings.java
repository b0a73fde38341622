package com.acme.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class SearchSettings implements SearchApi {
    private final SettingDao dao;

    public SearchSettings(SettingDao dao) {
        this.dao = dao;
    }

    @Override
    public List<String> locales(String user) {
        List<String> out = new ArrayList<>();
        out.add(defaultLocale());
        out.addAll(loadAllowed()); // expect: cache-cardinality
        return out;
    }

    @Override
    public List<String> allowedLocalesFor(String user) {
        return loadAllowed();
    }

    private String defaultLocale() {
        Setting s = dao.findByName("locale.default");
        return s == null ? "en" : s.value();
    }

    private List<String> loadAllowed() {
        Setting s = dao.findByName("locale.allowed");
        return s == null ? List.of() : Arrays.asList(s.value().split(","));
    }
}
