package com.acme.mail.render;

import java.util.Map;

public interface TemplateRenderer {
    String render(String template, Map<String, Object> model);
}
