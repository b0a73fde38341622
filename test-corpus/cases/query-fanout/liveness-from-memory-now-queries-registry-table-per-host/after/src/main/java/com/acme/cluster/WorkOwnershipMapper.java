package com.acme.cluster;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface WorkOwnershipMapper {
    @Select("SELECT DISTINCT host FROM work_item WHERE host IS NOT NULL")
    List<String> selectOwnerHosts();

    @Update("UPDATE work_item SET host = NULL WHERE host = #{host}")
    int releaseHost(@Param("host") String host);
}
