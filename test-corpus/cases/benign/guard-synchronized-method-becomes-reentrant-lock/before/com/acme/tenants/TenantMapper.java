package com.acme.tenants;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface TenantMapper {
    TenantRecord queryByTenantCode(String code);

    int insert(TenantRecord tenant);
}
