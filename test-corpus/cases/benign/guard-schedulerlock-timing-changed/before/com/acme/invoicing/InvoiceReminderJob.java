package com.acme.invoicing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

@Component
public class InvoiceReminderJob {
    private final InvoiceRepository invoices;
    private final JavaMailSender mailSender;
    private final Clock clock;

    public InvoiceReminderJob(InvoiceRepository invoices, JavaMailSender mailSender, Clock clock) {
        this.invoices = invoices;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *")
    @SchedulerLock(name = "invoice-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void sendReminders() {
        for (Invoice invoice : invoices.findByDueDateBeforeAndPaidFalse(LocalDate.now(clock))) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setTo(invoice.getCustomerEmail());
            mail.setSubject("Invoice " + invoice.getNumber() + " is overdue");
            mailSender.send(mail);
            invoice.remindedAt(clock.instant());
            invoices.save(invoice);
        }
    }
}
