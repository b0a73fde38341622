package com.acme.fleet.registry;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AlertMapper {
    @Insert("INSERT INTO alert(path, kind) VALUES (#{path}, 'NODE_DOWN')")
    int insertNodeDown(@Param("path") String path);
}
