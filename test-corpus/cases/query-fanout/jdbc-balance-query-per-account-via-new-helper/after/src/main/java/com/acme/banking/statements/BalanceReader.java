package com.acme.banking.statements;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

@Repository
public class BalanceReader {
    private static final String ACCOUNT_SQL =
            "select coalesce(sum(amount), 0) from balance where account_id = ?";

    private final DataSource dataSource;

    public BalanceReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal totalFor(String customerId, List<Long> accountIds) throws SQLException {
        BigDecimal total = BigDecimal.ZERO;
        try (Connection connection = dataSource.getConnection()) {
            for (Long accountId : accountIds) {
                total = total.add(balanceOf(connection, accountId)); // expect: query-fanout
            }
        }
        return total;
    }

    private BigDecimal balanceOf(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ACCOUNT_SQL)) {
            statement.setLong(1, accountId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
            }
        }
    }
}
