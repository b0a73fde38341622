package com.acme.locks;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface LockMapper {
    @Insert("INSERT INTO t_lock(lock_key, owner, acquired_at) VALUES (#{lockKey}, #{owner}, #{acquiredAt})")
    int insert(LockRow row);
}
