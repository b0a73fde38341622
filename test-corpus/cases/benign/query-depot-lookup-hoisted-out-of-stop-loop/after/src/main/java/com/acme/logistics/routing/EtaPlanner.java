package com.acme.logistics.routing;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class EtaPlanner {
    private static final String DEPARTURE_SQL = "SELECT first_departure FROM depot WHERE id = ?";
    private static final int MINUTES_PER_STOP = 6;

    private final JdbcTemplate jdbcTemplate;

    public EtaPlanner(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<StopEta> etas(DriverShift shift) {
        LocalTime departure = jdbcTemplate.queryForObject(DEPARTURE_SQL, LocalTime.class, shift.depotId());
        List<StopEta> etas = new ArrayList<>();
        int index = 0;
        for (DeliveryStop stop : shift.stops()) {
            etas.add(new StopEta(stop.id(), departure.plusMinutes((long) MINUTES_PER_STOP * ++index)));
        }
        return etas;
    }
}
