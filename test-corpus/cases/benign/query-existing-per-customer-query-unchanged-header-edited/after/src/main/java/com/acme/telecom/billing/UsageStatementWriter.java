package com.acme.telecom.billing;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

@Component
public class UsageStatementWriter {
    private static final String HEADER = "customer;period;data_mb;voice_min";

    private final EntityManager entityManager;

    public UsageStatementWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<String> statement(List<String> customerIds, YearMonth period) {
        Objects.requireNonNull(period, "period");
        if (period.isAfter(YearMonth.now())) {
            throw new IllegalArgumentException("no statement for a future period: " + period);
        }
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (String customerId : customerIds) {
            List<UsageRecord> usage = entityManager
                    .createQuery("select u from UsageRecord u where u.customerId = :c and u.period = :p", UsageRecord.class)
                    .setParameter("c", customerId)
                    .setParameter("p", period)
                    .getResultList();
            long data = usage.stream().mapToLong(UsageRecord::getDataMegabytes).sum();
            int voice = usage.stream().mapToInt(UsageRecord::getVoiceMinutes).sum();
            rows.add(customerId + ";" + period + ";" + data + ";" + voice);
        }
        return rows;
    }
}
