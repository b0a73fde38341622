package com.acme.library.loans;

import java.time.LocalDate;

public record Loan(long id, long memberId, long bookId, LocalDate dueOn) {
}
