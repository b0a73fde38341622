package com.acme.admin.users;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

@Service
public class UserService {
    private final UserMapper userMapper;
    private final TenantMapper tenantMapper;

    public UserService(UserMapper userMapper, TenantMapper tenantMapper) {
        this.userMapper = userMapper;
        this.tenantMapper = tenantMapper;
    }

    public Result verifyUserName(String userName) {
        if (userName == null || !userName.matches("[a-z][a-z0-9_]{2,31}")) {
            return Result.of(Status.REQUEST_PARAMS_NOT_VALID);
        }
        return Result.of(Status.SUCCESS);
    }

    public Result createUser(String userName, String email, int tenantId) {
        if (!StringUtils.hasText(email)) {
            return Result.of(Status.REQUEST_PARAMS_NOT_VALID);
        }
        if (!tenantExists(tenantId)) {
            return Result.of(Status.TENANT_NOT_EXIST);
        }
        userMapper.insert(new User(userName, email));
        return Result.of(Status.SUCCESS);
    }

    private boolean tenantExists(int tenantId) {
        return tenantMapper.selectById(tenantId) != null;
    }
}
