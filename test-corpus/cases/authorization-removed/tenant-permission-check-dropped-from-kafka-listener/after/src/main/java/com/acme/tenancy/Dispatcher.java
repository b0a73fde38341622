package com.acme.tenancy;

public interface Dispatcher {
    void dispatch(Command command);
}
