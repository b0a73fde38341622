package com.acme.marketing.newsletter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

@Component
public class AudienceFilter {
    private final MongoCollection<Document> unsubscribes;

    public AudienceFilter(MongoDatabase marketingDatabase) {
        this.unsubscribes = marketingDatabase.getCollection("unsubscribes");
    }

    public List<Recipient> deliverable(List<Recipient> recipients) {
        List<Recipient> deliverable = new ArrayList<>(recipients);
        // the $in query hit the 16 MB command limit for big sends; check each address instead
        deliverable.removeIf(recipient -> unsubscribes.find(Filters.eq("email", recipient.email())).first() != null); // expect: query-fanout
        return deliverable;
    }
}
