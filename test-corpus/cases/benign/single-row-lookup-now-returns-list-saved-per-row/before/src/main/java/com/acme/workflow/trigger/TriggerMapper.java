package com.acme.workflow.trigger;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface TriggerMapper {
    @Select("SELECT type, trigger_code, job_id FROM trigger_link WHERE type = #{type} AND job_id = #{jobId}")
    TriggerLink selectByTypeAndJob(@Param("type") int type, @Param("jobId") int jobId);

    @Insert("INSERT INTO trigger_link(type, trigger_code, job_id) VALUES (#{type}, #{code}, #{jobId})"
            + " ON DUPLICATE KEY UPDATE job_id = #{jobId}")
    int upsert(@Param("type") int type, @Param("code") long code, @Param("jobId") int jobId);
}
