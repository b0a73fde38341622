package com.acme.scheduler;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ProjectMapper {
    Project queryByCode(long code);

    int deleteByCode(long code);
}
