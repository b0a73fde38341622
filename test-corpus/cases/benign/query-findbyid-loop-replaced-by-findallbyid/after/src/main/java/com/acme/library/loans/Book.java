package com.acme.library.loans;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Book {
    @Id
    private Long id;
    private String title;
    private String isbn;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
