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
    private static final String SUM_SQL =
            "select coalesce(sum(b.amount), 0) from balance b join account a on a.id = b.account_id"
                    + " where a.customer_id = ? and a.closed = false";

    private final DataSource dataSource;

    public BalanceReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal totalFor(String customerId, List<Long> accountIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SUM_SQL)) {
            statement.setString(1, customerId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
            }
        }
    }
}
