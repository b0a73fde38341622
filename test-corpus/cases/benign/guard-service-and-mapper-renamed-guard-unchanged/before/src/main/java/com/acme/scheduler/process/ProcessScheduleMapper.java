package com.acme.scheduler.process;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ProcessScheduleMapper {
    int countByProcessCode(@Param("processCode") long processCode);

    int insert(ProcessSchedule schedule);
}
