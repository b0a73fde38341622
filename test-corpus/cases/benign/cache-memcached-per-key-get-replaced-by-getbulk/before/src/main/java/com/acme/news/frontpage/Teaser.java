package com.acme.news.frontpage;

import java.io.Serializable;

public record Teaser(String articleId, String headline, String imageUrl) implements Serializable {
}
