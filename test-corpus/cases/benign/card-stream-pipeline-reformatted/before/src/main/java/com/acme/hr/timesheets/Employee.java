package com.acme.hr.timesheets;

public record Employee(long id, String name, String country) {
}
