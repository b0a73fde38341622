package com.acme.mail.newsletter;

import com.acme.mail.render.TemplateRenderer;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class NewsletterSender {
    private static final RetryPolicy<String> RENDER_RETRY = RetryPolicy.<String>builder()
            .withMaxAttempts(5)
            .withDelay(Duration.ofMillis(300))
            .build();

    private final TemplateRenderer renderer;

    public NewsletterSender(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<String> renderAll(String template, List<Recipient> recipients) {
        List<String> bodies = new ArrayList<>();
        for (Recipient r : recipients) {
            bodies.add(Failsafe.with(RENDER_RETRY).get(() -> renderer.render(template, Map.of("name", r.firstName())))); // expect: retry-amplification
        }
        return bodies;
    }
}
