package com.acme.hooks;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class WebhookSender {
    private final CloseableHttpClient httpClient = HttpClients.createDefault();

    public int send(String url, String body) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(body));
        try (CloseableHttpResponse response = httpClient.execute(post)) { // expect: timeout-change
            return response.getStatusLine().getStatusCode();
        }
    }
}
