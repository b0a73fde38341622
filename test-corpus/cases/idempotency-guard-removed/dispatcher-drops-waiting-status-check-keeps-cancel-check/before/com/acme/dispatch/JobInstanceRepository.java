package com.acme.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JobInstanceRepository extends JpaRepository<JobInstance, Long> {
    JobInstance findByInstanceId(long instanceId);
}
