package com.acme.jobs.queue;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface QueueEntryMapper {
    @Select("SELECT id, task_id FROM task_queue WHERE force_start = 1 AND in_queue = 1 AND id > #{afterId}"
            + " ORDER BY id LIMIT #{limit}")
    List<QueueEntry> selectForceStartedPage(@Param("afterId") int afterId, @Param("limit") int limit);
}
