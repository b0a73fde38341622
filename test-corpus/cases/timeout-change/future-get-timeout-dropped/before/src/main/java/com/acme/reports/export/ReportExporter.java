package com.acme.reports.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ReportExporter {
    private final RenderService renderer;

    public ReportExporter(RenderService renderer) {
        this.renderer = renderer;
    }

    public byte[] export(String reportId) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<byte[]> pdf = CompletableFuture.supplyAsync(() -> renderer.renderPdf(reportId));
        return pdf.get(20, TimeUnit.SECONDS);
    }
}
