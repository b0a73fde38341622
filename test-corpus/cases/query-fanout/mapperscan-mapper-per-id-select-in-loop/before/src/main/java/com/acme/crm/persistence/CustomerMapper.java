package com.acme.crm.persistence;

import java.util.List;

public interface CustomerMapper {
    Customer selectById(long id);

    List<Customer> selectByIdList(List<Long> ids);
}
