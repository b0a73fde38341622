package com.acme.rpc;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;

public class RpcClient {
    private final Bootstrap bootstrap = new Bootstrap();
    private final RpcClientSettings settings;

    public RpcClient(RpcClientSettings settings) {
        this.settings = settings;
    }

    public void start() {
        bootstrap.group(new NioEventLoopGroup(settings.getWorkerThreads()))
            .channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, settings.getConnectTimeoutMillis())
            .option(ChannelOption.SO_KEEPALIVE, true)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new RpcChannelInitializer());
    }

    public ChannelFuture connect(String host, int port) {
        return bootstrap.connect(host, port);
    }
}
