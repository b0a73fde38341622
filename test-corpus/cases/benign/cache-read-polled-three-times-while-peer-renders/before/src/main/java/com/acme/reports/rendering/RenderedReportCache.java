package com.acme.reports.rendering;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.Base64;
import org.springframework.stereotype.Service;

@Service
public class RenderedReportCache {
    private static final String RENDERED_PREFIX = "rendered:";

    private final RedisCommands<String, String> commands;
    private final ReportDefinitionRepository definitions;
    private final PdfRenderer renderer;

    public RenderedReportCache(RedisCommands<String, String> commands, ReportDefinitionRepository definitions,
                               PdfRenderer renderer) {
        this.commands = commands;
        this.definitions = definitions;
        this.renderer = renderer;
    }

    public byte[] pdf(String reportId) {
        String cached = commands.get(RENDERED_PREFIX + reportId);
        if (cached != null) {
            return Base64.getDecoder().decode(cached);
        }
        byte[] pdf = renderer.render(definitions.findById(reportId).orElseThrow());
        commands.setex(RENDERED_PREFIX + reportId, 3600, Base64.getEncoder().encodeToString(pdf));
        return pdf;
    }
}
