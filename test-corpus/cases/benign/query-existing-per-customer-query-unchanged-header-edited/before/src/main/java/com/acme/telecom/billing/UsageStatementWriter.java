package com.acme.telecom.billing;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class UsageStatementWriter {
    private final EntityManager entityManager;

    public UsageStatementWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<String> statement(List<String> customerIds, YearMonth period) {
        List<String> rows = new ArrayList<>();
        rows.add("customer;data_mb;voice_min");
        for (String customerId : customerIds) {
            List<UsageRecord> usage = entityManager
                    .createQuery("select u from UsageRecord u where u.customerId = :c and u.period = :p", UsageRecord.class)
                    .setParameter("c", customerId)
                    .setParameter("p", period)
                    .getResultList();
            long data = usage.stream().mapToLong(UsageRecord::getDataMegabytes).sum();
            int voice = usage.stream().mapToInt(UsageRecord::getVoiceMinutes).sum();
            rows.add(customerId + ";" + data + ";" + voice);
        }
        return rows;
    }
}
