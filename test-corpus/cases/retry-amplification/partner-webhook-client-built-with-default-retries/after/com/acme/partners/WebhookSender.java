package com.acme.partners;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class WebhookSender {
    public int send(String url, String json) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        try (CloseableHttpClient client = HttpClients.createDefault(); // expect: retry-amplification
             CloseableHttpResponse response = client.execute(post)) {
            return response.getStatusLine().getStatusCode();
        }
    }
}
