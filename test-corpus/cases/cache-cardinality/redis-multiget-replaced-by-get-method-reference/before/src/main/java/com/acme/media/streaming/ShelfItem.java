package com.acme.media.streaming;

public record ShelfItem(String titleId, String name, int percentWatched) {
}
