package com.acme.flow.dao;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

import java.util.Collection;
import java.util.List;

public interface TaskDefinitionMapper extends BaseMapper<TaskDefinition> {
    TaskDefinition queryByCode(long code);

    List<TaskDefinition> queryByCodes(Collection<Long> codes);
}
