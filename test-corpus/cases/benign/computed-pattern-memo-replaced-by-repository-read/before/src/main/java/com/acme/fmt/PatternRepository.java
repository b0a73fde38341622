package com.acme.fmt;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PatternRepository extends JpaRepository<Pattern, String> {
    Pattern findByLocale(String locale);
}
