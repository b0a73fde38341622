package com.acme.reports.rendering;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

@Component
public class PdfRenderer {
    public byte[] render(ReportDefinition definition) {
        // stand-in for the template engine
        return ("%PDF-1.7\n% " + definition.getTemplate()).getBytes(StandardCharsets.UTF_8);
    }
}
