package com.acme.jobs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JobDao {
    private final JdbcTemplate jdbcTemplate;

    public JobDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Job findChild(long parentId) {
        return jdbcTemplate.queryForObject("select * from job where parent_id = ?", Job.class, parentId);
    }
}
