package com.acme.admin.users;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserController {
    private final UserMapper userMapper;

    public UserController(UserMapper userMapper) {
        this.userMapper = userMapper;
    }

    @PutMapping("/users/{id}/name")
    public ResponseEntity<Void> renameUser(@PathVariable("id") long id, @RequestParam("userName") String userName) {
        int rows = userMapper.updateName(id, userName);
        return rows == 0 ? ResponseEntity.notFound().build() : ResponseEntity.noContent().build();
    }
}
