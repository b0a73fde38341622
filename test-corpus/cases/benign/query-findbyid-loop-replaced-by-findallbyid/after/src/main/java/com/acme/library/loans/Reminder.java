package com.acme.library.loans;

import java.time.LocalDate;

public record Reminder(long memberId, String bookTitle, LocalDate dueOn) {
}
