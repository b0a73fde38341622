package com.acme.settings;

public record SiteSettings(String id, String title, boolean commentsOpen) {
}
