package com.acme.billing.dunning;

import java.util.List;

public class DunningWorker extends Thread {
    private final InvoiceMapper invoiceMapper;
    private final MailClient mailClient;
    private boolean flag;

    public DunningWorker(InvoiceMapper invoiceMapper, MailClient mailClient) {
        this.invoiceMapper = invoiceMapper;
        this.mailClient = mailClient;
    }

    @Override
    public synchronized void start() {
        flag = true;
        super.start();
    }

    @Override
    public void run() {
        while (flag) {
            List<Invoice> overdue = invoiceMapper.selectOverdue();
            for (Invoice invoice : overdue) {
                mailClient.sendReminder(invoice.customerEmail(), invoice.id());
            }
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void close() {
        flag = false;
        interrupt();
    }
}
