package com.acme.library.loans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class ReminderPlanner {
    private final BookRepository bookRepository;

    public ReminderPlanner(BookRepository bookRepository) {
        this.bookRepository = bookRepository;
    }

    public List<Reminder> reminders(List<Loan> dueSoon) {
        List<Reminder> reminders = new ArrayList<>();
        for (Loan loan : dueSoon) {
            Optional<Book> book = bookRepository.findById(loan.bookId());
            String title = book.map(Book::getTitle).orElse("(withdrawn title)");
            reminders.add(new Reminder(loan.memberId(), title, loan.dueOn()));
        }
        return reminders;
    }
}
