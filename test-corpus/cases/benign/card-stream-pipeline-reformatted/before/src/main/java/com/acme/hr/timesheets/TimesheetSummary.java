package com.acme.hr.timesheets;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class TimesheetSummary {
    private static final String HOURS_SQL = "select coalesce(sum(hours), 0) from timesheet_entry "
            + "where employee_id = ? and work_date between ? and ?";
    private final JdbcTemplate jdbcTemplate;
    private final StringRedisTemplate redisTemplate;
    public TimesheetSummary(JdbcTemplate jdbcTemplate, StringRedisTemplate redisTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.redisTemplate = redisTemplate;
    }
    public List<WeekSummary> summarize(List<Employee> team, LocalDate monday) {
        String holidays = redisTemplate.opsForValue().get("calendar:holidays:" + monday.getYear());
        LocalDate sunday = monday.plusDays(6);
        boolean holidayWeek = holidays != null && holidays.contains(monday.toString());
        return team.stream().map(e -> new WeekSummary(e.id(), e.name(), jdbcTemplate.queryForObject(HOURS_SQL, Double.class, e.id(), monday, sunday), holidayWeek)).toList();
    }
}
