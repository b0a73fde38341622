package com.acme.signup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class UserService {
    private final UserRepository users;
    private final MailApi mail;

    public UserService(UserRepository users, MailApi mail) {
        this.users = users;
        this.mail = mail;
    }

    public User create(User user) {
        User created = users.save(user);
        mail.sendWelcome(created.email());
        return created;
    }

}
