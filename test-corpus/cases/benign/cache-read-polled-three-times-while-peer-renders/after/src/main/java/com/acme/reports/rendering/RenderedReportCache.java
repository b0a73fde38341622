package com.acme.reports.rendering;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.Base64;
import org.springframework.stereotype.Service;

@Service
public class RenderedReportCache {
    private static final String RENDERED_PREFIX = "rendered:";
    private static final String RENDERING_PREFIX = "rendering:";

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
        // if another node is rendering this report, wait briefly for its result instead of rendering it twice
        for (int i = 0; i < 3; i++) {
            String cached = commands.get(RENDERED_PREFIX + reportId);
            if (cached != null) {
                return Base64.getDecoder().decode(cached);
            }
            if (commands.exists(RENDERING_PREFIX + reportId) == 0) {
                break;
            }
            pause(200);
        }
        byte[] pdf = renderer.render(definitions.findById(reportId).orElseThrow());
        commands.setex(RENDERED_PREFIX + reportId, 3600, Base64.getEncoder().encodeToString(pdf));
        return pdf;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
