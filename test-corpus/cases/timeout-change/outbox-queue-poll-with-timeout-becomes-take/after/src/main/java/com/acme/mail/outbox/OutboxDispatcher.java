package com.acme.mail.outbox;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

public class OutboxDispatcher implements Runnable {
    private final BlockingQueue<OutboundMail> pending;
    private final MailSender sender;
    private volatile boolean running = true;

    public OutboxDispatcher(BlockingQueue<OutboundMail> pending, MailSender sender) {
        this.pending = pending;
        this.sender = sender;
    }

    @Override
    public void run() {
        while (running) {
            try {
                OutboundMail next = pending.take(); // expect: timeout-change
                if (next != null) {
                    sender.send(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        running = false;
    }
}
