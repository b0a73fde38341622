package com.acme.hr.directory;

public record DirectoryCard(long id, String name, String department, String manager) {
}
