package com.acme.admin.users;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface UserMapper {
    @Select("SELECT id, user_name, email FROM t_user WHERE id = #{id}")
    User selectById(@Param("id") long id);

    @Update("UPDATE t_user SET user_name = #{userName} WHERE id = #{id}")
    int updateName(@Param("id") long id, @Param("userName") String userName);
}
