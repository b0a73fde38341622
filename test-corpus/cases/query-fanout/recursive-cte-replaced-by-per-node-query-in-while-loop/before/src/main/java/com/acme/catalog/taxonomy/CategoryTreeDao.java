package com.acme.catalog.taxonomy;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryTreeDao {
    private static final String DESCENDANTS_SQL = """
            WITH RECURSIVE tree(id) AS (
                SELECT id FROM category WHERE parent_id = ?
                UNION ALL
                SELECT c.id FROM category c JOIN tree t ON c.parent_id = t.id
            )
            SELECT id FROM tree
            """;

    private final JdbcTemplate jdbcTemplate;

    public CategoryTreeDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Long> descendantIds(long rootId) {
        return jdbcTemplate.queryForList(DESCENDANTS_SQL, Long.class, rootId);
    }
}
