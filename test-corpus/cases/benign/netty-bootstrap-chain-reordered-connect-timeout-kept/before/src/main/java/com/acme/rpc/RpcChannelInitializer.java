package com.acme.rpc;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

public class RpcChannelInitializer extends ChannelInitializer<SocketChannel> {
    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new RpcFrameDecoder());
    }
}
