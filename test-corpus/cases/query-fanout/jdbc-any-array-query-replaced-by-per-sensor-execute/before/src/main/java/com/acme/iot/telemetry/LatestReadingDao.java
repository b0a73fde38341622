package com.acme.iot.telemetry;

import java.sql.Array;
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
    private static final String LATEST_SQL =
            "SELECT sensor_id, value, recorded_at FROM latest_reading WHERE sensor_id = ANY (?)";

    private final DataSource dataSource;

    public LatestReadingDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<Long, Reading> latest(List<Long> sensorIds) throws SQLException {
        Map<Long, Reading> readings = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LATEST_SQL)) {
            Array ids = connection.createArrayOf("bigint", sensorIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long sensorId = rs.getLong("sensor_id");
                    readings.put(sensorId, new Reading(sensorId, rs.getDouble("value"),
                            rs.getTimestamp("recorded_at").toInstant()));
                }
            }
        }
        return readings;
    }
}
