package com.acme.billing.dunning;

import java.util.List;
import org.springframework.web.client.RestTemplate;

public class MailClient {
    private final RestTemplate restTemplate;

    public MailClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void sendReminder(String email, long invoiceId) {
        restTemplate.postForObject("http://mail/reminders", new Object[] {email, invoiceId}, Void.class);
    }

    public void sendReminders(List<Invoice> invoices) {
        restTemplate.postForObject("http://mail/reminders/bulk", invoices, Void.class);
    }
}
