package com.acme.iot.devices;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

@Component
public class DeviceShadowReader {
    private static final String TABLE = "device_shadow";

    private final DynamoDbClient dynamoDb;

    public DeviceShadowReader(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public List<DeviceShadow> shadows(List<String> deviceIds) {
        List<Map<String, AttributeValue>> keys = deviceIds.stream()
                .map(id -> Map.of("device_id", AttributeValue.fromS(id)))
                .toList();
        BatchGetItemRequest request = BatchGetItemRequest.builder()
                .requestItems(Map.of(TABLE, KeysAndAttributes.builder().keys(keys).build()))
                .build();
        BatchGetItemResponse response = dynamoDb.batchGetItem(request);
        return response.responses().getOrDefault(TABLE, List.of()).stream()
                .map(DeviceShadowReader::toShadow)
                .toList();
    }

    private static DeviceShadow toShadow(Map<String, AttributeValue> item) {
        return new DeviceShadow(item.get("device_id").s(), item.get("firmware").s(), item.get("reported").s());
    }
}
