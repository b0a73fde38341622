package com.acme.reports.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

public class ReportExporter {
    private final RenderService renderer;

    public ReportExporter(RenderService renderer) {
        this.renderer = renderer;
    }

    public byte[] export(String reportId) throws InterruptedException, ExecutionException {
        CompletableFuture<byte[]> pdf = CompletableFuture.supplyAsync(() -> renderer.renderPdf(reportId));
        return pdf.get(); // expect: timeout-change
    }
}
