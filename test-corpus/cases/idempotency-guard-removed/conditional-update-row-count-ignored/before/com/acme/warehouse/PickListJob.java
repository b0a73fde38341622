package com.acme.warehouse;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class PickListJob {
    private final WarehouseOrderRepository orders;
    private final JavaMailSender mailSender;

    public PickListJob(WarehouseOrderRepository orders, JavaMailSender mailSender) {
        this.orders = orders;
        this.mailSender = mailSender;
    }

    @Transactional
    @Scheduled(fixedDelay = 60_000)
    public void sendPickLists() {
        for (WarehouseOrder order : orders.findTop50ByStatus("PAID")) {
            if (orders.claimForPicking(order.getId()) == 0) {
                continue;
            }
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setTo("warehouse@acme.example");
            mail.setSubject("Pick list for " + order.getId());
            mail.setText(order.getPickList());
            mailSender.send(mail);
        }
    }
}
