package com.acme.mail;

import java.util.Properties;
import javax.mail.Session;

public class MailSessions {
    public Session create(String host, int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host); // expect: timeout-change
        properties.put("mail.smtp.port", String.valueOf(port));
        return Session.getInstance(properties);
    }
}
