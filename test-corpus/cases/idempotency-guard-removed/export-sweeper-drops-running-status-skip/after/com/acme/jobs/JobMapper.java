package com.acme.jobs;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface JobMapper {
    @Select("SELECT * FROM export_job WHERE status IN ('QUEUED','RUNNING')")
    List<ExportJob> selectUnfinished();

    @Update("UPDATE export_job SET status = 'RUNNING', started_at = now() WHERE id = #{id}")
    int markRunning(long id);
}
