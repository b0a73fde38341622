package com.acme.signup;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "mail")
public interface MailApi {
    @PostMapping("/welcome")
    void sendWelcome(@RequestParam("email") String email);
}
