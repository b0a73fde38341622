package com.acme.signup;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SignupController {
    private final UserService userService;
    private final MailApi mail;

    public SignupController(UserService userService, MailApi mail) {
        this.userService = userService;
        this.mail = mail;
    }

    @PostMapping("/signup")
    public User register(@RequestBody User user) {
        User created = userService.create(user);
        mail.sendWelcome(created.email());
        return created;
    }

}
