package com.acme.reports;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ExportService {
    private final RestTemplate reporting;

    public ExportService(RestTemplate reporting) {
        this.reporting = reporting;
    }

    public String awaitDownloadUrl(String exportId) throws InterruptedException {
        ExportStatus status = reporting.getForObject("/exports/{id}", ExportStatus.class, exportId);
        for (int i = 0; !isFinal(status) && i < 20; i++) {
            Thread.sleep(500);
            status = reporting.getForObject("/exports/{id}", ExportStatus.class, exportId);
        }
        if (!isFinal(status)) {
            throw new IllegalStateException("export " + exportId + " did not finish");
        }
        return status.downloadUrl();
    }

    private static boolean isFinal(ExportStatus status) {
        return status != null && ("DONE".equals(status.state()) || "FAILED".equals(status.state()));
    }
}
