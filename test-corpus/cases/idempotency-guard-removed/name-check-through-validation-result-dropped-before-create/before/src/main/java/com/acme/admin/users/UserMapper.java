package com.acme.admin.users;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface UserMapper {
    @Select("SELECT id, user_name, email FROM t_user WHERE user_name = #{userName}")
    User selectByName(@Param("userName") String userName);

    @Insert("INSERT INTO t_user(user_name, email) VALUES (#{userName}, #{email})")
    int insert(User user);
}
