package com.acme.reco;

import java.util.List;

public record Items(List<String> skus) {
}
