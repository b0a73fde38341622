package com.acme.marketing.newsletter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

@Component
public class AudienceFilter {
    private final MongoCollection<Document> unsubscribes;

    public AudienceFilter(MongoDatabase marketingDatabase) {
        this.unsubscribes = marketingDatabase.getCollection("unsubscribes");
    }

    public List<Recipient> deliverable(List<Recipient> recipients) {
        List<String> emails = recipients.stream().map(Recipient::email).toList();
        List<Document> optedOut = unsubscribes.find(Filters.in("email", emails)).into(new ArrayList<>());
        Set<String> blocked = new HashSet<>();
        for (Document document : optedOut) {
            blocked.add(document.getString("email"));
        }
        List<Recipient> deliverable = new ArrayList<>(recipients);
        deliverable.removeIf(recipient -> blocked.contains(recipient.email()));
        return deliverable;
    }
}
