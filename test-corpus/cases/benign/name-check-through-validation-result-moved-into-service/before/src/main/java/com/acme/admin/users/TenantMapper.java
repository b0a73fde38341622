package com.acme.admin.users;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface TenantMapper {
    @Select("SELECT id FROM t_tenant WHERE id = #{id}")
    Integer selectById(@Param("id") int id);
}
