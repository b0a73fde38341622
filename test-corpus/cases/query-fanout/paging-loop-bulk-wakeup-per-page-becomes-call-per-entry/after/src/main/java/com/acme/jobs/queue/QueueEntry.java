package com.acme.jobs.queue;

public record QueueEntry(int id, long taskId) {
}
