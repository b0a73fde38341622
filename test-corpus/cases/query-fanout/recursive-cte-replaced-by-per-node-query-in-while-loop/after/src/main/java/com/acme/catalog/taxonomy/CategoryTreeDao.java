package com.acme.catalog.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryTreeDao {
    private static final String CHILDREN_SQL = "SELECT id FROM category WHERE parent_id = ?";

    private final JdbcTemplate jdbcTemplate;

    public CategoryTreeDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Breadth-first walk; portable to databases without recursive CTEs. */
    public List<Long> descendantIds(long rootId) {
        List<Long> descendants = new ArrayList<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.add(rootId);
        while (!pending.isEmpty()) {
            Long parentId = pending.poll();
            List<Long> children = jdbcTemplate.queryForList(CHILDREN_SQL, Long.class, parentId); // expect: query-fanout
            descendants.addAll(children);
            pending.addAll(children);
        }
        return descendants;
    }
}
