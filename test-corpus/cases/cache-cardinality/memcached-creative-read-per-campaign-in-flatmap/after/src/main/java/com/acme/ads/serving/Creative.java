package com.acme.ads.serving;

import java.io.Serializable;

public record Creative(String id, String campaignId, int width, int height, String markupUrl) implements Serializable {
    public boolean fits(Placement placement) {
        return width <= placement.width() && height <= placement.height();
    }
}
