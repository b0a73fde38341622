package com.acme.library.loans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
public class ReminderPlanner {
    private final BookRepository bookRepository;

    public ReminderPlanner(BookRepository bookRepository) {
        this.bookRepository = bookRepository;
    }

    public List<Reminder> reminders(List<Loan> dueSoon) {
        List<Long> bookIds = dueSoon.stream().map(Loan::bookId).distinct().toList();
        Map<Long, Book> books = bookRepository.findAllById(bookIds).stream()
                .collect(Collectors.toMap(Book::getId, Function.identity()));
        List<Reminder> reminders = new ArrayList<>();
        for (Loan loan : dueSoon) {
            Book book = books.get(loan.bookId());
            String title = book == null ? "(withdrawn title)" : book.getTitle();
            reminders.add(new Reminder(loan.memberId(), title, loan.dueOn()));
        }
        return reminders;
    }
}
