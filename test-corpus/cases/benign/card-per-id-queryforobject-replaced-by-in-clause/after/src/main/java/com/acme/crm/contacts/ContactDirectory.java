package com.acme.crm.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ContactDirectory {
    private static final String NAMES_SQL =
            "select id, first_name || ' ' || last_name as display_name from contact where id in (:ids)";

    private final NamedParameterJdbcTemplate namedJdbcTemplate;

    public ContactDirectory(NamedParameterJdbcTemplate namedJdbcTemplate) {
        this.namedJdbcTemplate = namedJdbcTemplate;
    }

    public Map<Long, String> namesByIds(List<Long> contactIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (contactIds.isEmpty()) {
            return names;
        }
        for (Long contactId : contactIds) {
            names.put(contactId, "(deleted contact)");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", contactIds);
        namedJdbcTemplate.query(NAMES_SQL, params,
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }
}
