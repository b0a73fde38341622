package com.acme.notify;

/** Implemented by channel plugins, loaded from their own jars. */
public interface Channel {
    SendResult process(Message message);
}
