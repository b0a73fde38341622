package com.acme.docs;

import java.util.List;

public interface AuditLog {
    List<String> all();
}
