package com.acme.cluster;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Statements in NodeDataMapper.xml. */
@Mapper
public interface NodeDataMapper {
    List<NodeRow> selectAll();
}
