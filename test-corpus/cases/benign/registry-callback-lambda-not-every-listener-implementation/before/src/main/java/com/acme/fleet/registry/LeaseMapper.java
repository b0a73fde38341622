package com.acme.fleet.registry;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface LeaseMapper {
    @Select("SELECT holder FROM leader_lease WHERE path = #{path}")
    String selectHolder(@Param("path") String path);
}
