package com.acme.rpc;

public class RpcClientSettings {
    private int workerThreads = 4;
    private int connectTimeoutMillis = 2000;

    public int getWorkerThreads() {
        return workerThreads;
    }

    public int getConnectTimeoutMillis() {
        return this.connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }
}
