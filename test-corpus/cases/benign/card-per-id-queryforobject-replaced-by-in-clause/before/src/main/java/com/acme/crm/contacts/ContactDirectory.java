package com.acme.crm.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ContactDirectory {
    private static final String NAME_SQL =
            "select first_name || ' ' || last_name from contact where id = ?";

    private final JdbcTemplate jdbcTemplate;

    public ContactDirectory(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Map<Long, String> namesByIds(List<Long> contactIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long contactId : contactIds) {
            try {
                names.put(contactId, jdbcTemplate.queryForObject(NAME_SQL, String.class, contactId));
            } catch (EmptyResultDataAccessException e) {
                names.put(contactId, "(deleted contact)");
            }
        }
        return names;
    }
}
