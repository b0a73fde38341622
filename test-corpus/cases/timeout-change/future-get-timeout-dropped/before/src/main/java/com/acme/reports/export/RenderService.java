package com.acme.reports.export;

public interface RenderService {
    byte[] renderPdf(String reportId);
}
