package com.acme.billing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class OverdueReminderJob {
    private final InvoiceMapper invoices;
    private final JavaMailSender mailSender;

    public OverdueReminderJob(InvoiceMapper invoices, JavaMailSender mailSender) {
        this.invoices = invoices;
        this.mailSender = mailSender;
    }

    @Scheduled(cron = "0 0 8 * * MON-FRI")
    public void remind() {
        overdueCustomers().forEach(email -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo(email);
            message.setSubject("You have overdue invoices");
            mailSender.send(message);
        });
    }

    private Set<String> overdueCustomers() {
        return invoices.selectOverdue().stream()
                .map(Invoice::customerEmail)
                .collect(Collectors.toSet());
    }
}
