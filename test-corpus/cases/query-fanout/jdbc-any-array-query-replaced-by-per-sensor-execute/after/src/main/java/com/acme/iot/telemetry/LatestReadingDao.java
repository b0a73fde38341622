package com.acme.iot.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

@Repository
public class LatestReadingDao {
    // MySQL has no array parameters, so the ANY (?) form had to go with the migration
    private static final String LATEST_SQL =
            "SELECT sensor_id, value, recorded_at FROM latest_reading WHERE sensor_id = ?";

    private final DataSource dataSource;

    public LatestReadingDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<Long, Reading> latest(List<Long> sensorIds) throws SQLException {
        Map<Long, Reading> readings = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LATEST_SQL)) {
            for (Long sensorId : sensorIds) {
                statement.setLong(1, sensorId);
                try (ResultSet rs = statement.executeQuery()) { // expect: query-fanout
                    if (rs.next()) {
                        readings.put(sensorId, new Reading(sensorId, rs.getDouble("value"),
                                rs.getTimestamp("recorded_at").toInstant()));
                    }
                }
            }
        }
        return readings;
    }
}
