package com.acme.storage;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface BucketMapper {
    @Select("SELECT id FROM tenant_bucket WHERE tenant_code = #{tenantCode}")
    Long findIdByTenantCode(String tenantCode);

    @Insert("INSERT INTO tenant_bucket (tenant_code, region) VALUES (#{tenantCode}, #{region})")
    void insertBucket(String tenantCode, String region);
}
