package com.acme.notify.transport;

import com.acme.common.remote.Requester;

public abstract class Transport implements Requester {
    public abstract boolean isOpen();
}
