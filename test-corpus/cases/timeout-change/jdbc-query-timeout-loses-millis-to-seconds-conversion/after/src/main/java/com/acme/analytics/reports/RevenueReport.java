package com.acme.analytics.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class RevenueReport {
    private static final int QUERY_TIMEOUT_MS = 15_000;

    private final DataSource dataSource;

    public RevenueReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long totalCents(String month) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select sum(amount_cents) from payments where month = ?")) {
            ps.setQueryTimeout(QUERY_TIMEOUT_MS); // expect: timeout-change
            ps.setString(1, month);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
