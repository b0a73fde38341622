package com.acme.registry;

import java.util.List;

public interface LocalView {
    void replace(List<String> services);
}
