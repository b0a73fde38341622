package com.acme.ads.serving;

import java.io.Serializable;
import java.util.List;

public record CreativeBundle(List<Creative> creatives) implements Serializable {
}
