package com.acme.gateway.register;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RuleMapper {
    RuleRecord findBySelectorIdAndName(@Param("selectorId") String selectorId, @Param("name") String name);

    int insert(RuleRecord rule);
}
