package com.acme.admin.users;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserController {
    private final UserService userService;

    public UserController(UserService userService) {
        this.userService = userService;
    }

    @PostMapping("/users")
    public Result createUser(@RequestParam("userName") String userName, @RequestParam("email") String email,
                             @RequestParam("tenantId") int tenantId) {
        Result verifyRet = userService.verifyUserName(userName);
        if (verifyRet.getCode() != Status.SUCCESS.getCode()) {
            return verifyRet;
        }
        return userService.createUser(userName, email, tenantId);
    }
}
