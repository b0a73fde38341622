package com.acme.mail.newsletter;

import com.acme.mail.render.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class NewsletterSender {
    private final TemplateRenderer renderer;

    public NewsletterSender(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<String> renderAll(String template, List<Recipient> recipients) {
        List<String> bodies = new ArrayList<>();
        for (Recipient r : recipients) {
            bodies.add(renderer.render(template, Map.of("name", r.firstName())));
        }
        return bodies;
    }
}
