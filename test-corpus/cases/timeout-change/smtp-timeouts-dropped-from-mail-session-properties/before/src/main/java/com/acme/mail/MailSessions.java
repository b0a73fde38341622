package com.acme.mail;

import java.util.Properties;
import javax.mail.Session;

public class MailSessions {
    public Session create(String host, int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", 5000);
        properties.put("mail.smtp.timeout", 5000);
        properties.put("mail.smtp.writetimeout", 5000);
        return Session.getInstance(properties);
    }
}
