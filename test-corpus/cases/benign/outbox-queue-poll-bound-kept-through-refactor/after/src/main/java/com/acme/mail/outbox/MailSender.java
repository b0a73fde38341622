package com.acme.mail.outbox;

public interface MailSender {
    void send(OutboundMail mail);
}
