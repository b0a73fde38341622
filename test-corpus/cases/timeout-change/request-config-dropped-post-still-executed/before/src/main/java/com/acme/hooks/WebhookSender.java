package com.acme.hooks;

import java.io.IOException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class WebhookSender {
    private final CloseableHttpClient httpClient = HttpClients.createDefault();

    public int send(String url, String body) throws IOException {
        HttpPost post = new HttpPost(url);
        RequestConfig config = RequestConfig.custom().setConnectTimeout(3000).setSocketTimeout(10000).build();
        post.setConfig(config);
        post.setEntity(new StringEntity(body));
        try (CloseableHttpResponse response = httpClient.execute(post)) {
            return response.getStatusLine().getStatusCode();
        }
    }
}
