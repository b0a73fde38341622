package com.acme.telecom.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.YearMonth;

@Entity
public class UsageRecord {
    @Id
    private Long id;
    private String customerId;
    private YearMonth period;
    private long dataMegabytes;
    private int voiceMinutes;

    public String getCustomerId() {
        return customerId;
    }

    public long getDataMegabytes() {
        return dataMegabytes;
    }

    public int getVoiceMinutes() {
        return voiceMinutes;
    }
}
