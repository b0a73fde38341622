package com.acme.crm;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class NoteController {
    private final CustomerRepository customers;
    private final NoteRepository notes;

    public NoteController(CustomerRepository customers, NoteRepository notes) {
        this.customers = customers;
        this.notes = notes;
    }

    @PostMapping("/customers/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    public void addNote(@PathVariable Long id, @RequestBody String text) {
        if (!customers.existsById(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + id);
        }
        notes.save(new Note(id, text));
    }
}
