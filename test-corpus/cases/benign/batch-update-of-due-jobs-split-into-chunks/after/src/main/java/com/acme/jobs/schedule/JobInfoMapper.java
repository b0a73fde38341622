package com.acme.jobs.schedule;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements in JobInfoMapper.xml. */
@Mapper
public interface JobInfoMapper {
    List<JobInfo> selectDue(@Param("maxNextTime") long maxNextTime, @Param("limit") int limit);

    int updateTrigger(JobInfo job);

    int updateTriggerBatch(@Param("list") List<JobInfo> jobs);
}
