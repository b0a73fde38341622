package com.acme.billing;

import java.time.LocalDate;

public record Invoice(String number, String customerEmail, LocalDate dueDate) {
}
