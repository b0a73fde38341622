package com.acme.export;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

public class ReportExporter {
    private final JdbcTemplate jdbcTemplate;
    private final ExecutorService executor;

    public ReportExporter(JdbcTemplate jdbcTemplate, ExecutorService executor) {
        this.jdbcTemplate = jdbcTemplate;
        this.executor = executor;
    }

    public List<Map<String, Object>> rows(String reportId) throws Exception {
        Future<List<Map<String, Object>>> future =
                executor.submit(() -> jdbcTemplate.queryForList("select * from report_rows where report_id = ?", reportId));
        return future.get(30, TimeUnit.SECONDS);
    }
}
