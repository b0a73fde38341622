package com.acme.cluster;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Statements in NodeMapper.xml. */
@Mapper
public interface NodeMapper {
    List<NodeRow> selectByPrefix(String prefix);
}
