package com.acme.jobs.queue;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface QueueEntryMapper {
    @Select("SELECT id, task_id FROM task_queue WHERE force_start = 1 AND in_queue = 1")
    List<QueueEntry> selectForceStarted();
}
