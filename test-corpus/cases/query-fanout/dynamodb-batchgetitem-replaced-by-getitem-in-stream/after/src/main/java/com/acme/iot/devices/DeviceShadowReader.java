package com.acme.iot.devices;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

@Component
public class DeviceShadowReader {
    private static final String TABLE = "device_shadow";

    private final DynamoDbClient dynamoDb;

    public DeviceShadowReader(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public List<DeviceShadow> shadows(List<String> deviceIds) {
        return deviceIds.stream()
                .map(id -> {
                    GetItemRequest request = GetItemRequest.builder()
                            .tableName(TABLE)
                            .key(Map.of("device_id", AttributeValue.fromS(id)))
                            .build();
                    GetItemResponse response = dynamoDb.getItem(request); // expect: query-fanout
                    return response.hasItem() ? toShadow(response.item()) : null;
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private static DeviceShadow toShadow(Map<String, AttributeValue> item) {
        return new DeviceShadow(item.get("device_id").s(), item.get("firmware").s(), item.get("reported").s());
    }
}
