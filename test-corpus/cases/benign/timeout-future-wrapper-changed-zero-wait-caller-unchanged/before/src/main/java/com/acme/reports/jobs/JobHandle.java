package com.acme.reports.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class JobHandle implements Future<Report> {
    private final CompletableFuture<Report> delegate;

    public JobHandle(CompletableFuture<Report> delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return delegate.cancel(mayInterruptIfRunning);
    }

    @Override
    public boolean isCancelled() {
        return delegate.isCancelled();
    }

    @Override
    public boolean isDone() {
        return delegate.isDone();
    }

    @Override
    public Report get() throws InterruptedException, ExecutionException {
        return delegate.get();
    }

    @Override
    public Report get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return delegate.get(timeout, unit);
        } catch (ExecutionException e) {
            throw new ExecutionException("report job failed", e.getCause());
        }
    }
}
