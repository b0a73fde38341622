package com.acme.billing.receipts;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import java.time.Duration;

@Service
public class ReceiptService {
    private static final Duration CLAIM_TTL = Duration.ofDays(7);

    private final StringRedisTemplate redisTemplate;
    private final JavaMailSender mailSender;

    public ReceiptService(StringRedisTemplate redisTemplate, JavaMailSender mailSender) {
        this.redisTemplate = redisTemplate;
        this.mailSender = mailSender;
    }

    public void sendReceipt(String orderId, String email, String body) {
        Boolean first = redisTemplate.opsForValue().setIfAbsent("receipt-sent:" + orderId, "1", CLAIM_TTL);
        if (!Boolean.TRUE.equals(first)) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setTo(email);
        mail.setSubject("Receipt for order " + orderId);
        mail.setText(body);
        mailSender.send(mail);
    }
}
