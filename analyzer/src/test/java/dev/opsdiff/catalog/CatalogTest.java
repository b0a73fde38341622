package dev.opsdiff.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The bundled effect catalog: every file loads, every library family has a known effect, configuration and builder
 * calls have none, fluent chains reach exactly one effect, and nothing matches plain JDK types.
 */
class CatalogTest {
    private static final String ROOT = "/dev/opsdiff/catalog/";
    /** The effect-catalog files (the families this test vouches for). */
    private static final List<String> EFFECT_FILES = List.of("cache-redis.yml", "cache-other.yml",
            "database-spring-data.yml", "database-jdbc.yml", "database-jpa.yml", "database-other.yml",
            "remote-http.yml", "remote-messaging.yml");
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static final EffectKind CR = EffectKind.CACHE_READ;
    private static final EffectKind CW = EffectKind.CACHE_WRITE;
    private static final EffectKind DQ = EffectKind.DB_QUERY;
    private static final EffectKind DW = EffectKind.DB_WRITE;
    private static final EffectKind RC = EffectKind.REMOTE_CALL;
    private static final EffectKind MS = EffectKind.MESSAGE_SEND;

    // ---- loading ------------------------------------------------------------------------------------------------

    @Test
    void everyIndexedFileLoadsAndEveryCatalogFileIsIndexed() throws IOException, URISyntaxException {
        List<String> index = CatalogLoader.indexEntries();
        assertEquals(index.size(), new LinkedHashSet<>(index).size(), "index.txt lists a file twice: " + index);
        for (String name : index) {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(ROOT + name)) {
                assertNotNull(in, "index.txt names a missing file: " + name);
                assertNotNull(CatalogLoader.yamlMapper().readValue(in, CatalogData.class), name);
            }
        }
        assertEquals(index.size(), CatalogLoader.builtInData().size());
        assertTrue(index.containsAll(EFFECT_FILES), "effect files missing from index.txt: " + index);
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(catalogDirectory())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml") || n.endsWith(".yaml"))
                    .forEach(onDisk::add);
        }
        assertFalse(onDisk.isEmpty());
        for (String file : onDisk) {
            assertTrue(index.contains(file), file + " is in the catalog folder but not listed in index.txt");
        }
    }

    @Test
    void entriesAreWellFormed() {
        for (String file : EFFECT_FILES) {
            for (CatalogData.Api api : apis(file)) {
                String where = file + " / " + api.library() + " " + api.types();
                assertNotNull(api.library(), where + ": every entry names its library");
                boolean hasTypes = api.types() != null && !api.types().isEmpty();
                boolean hasAnnotations = api.annotatedWith() != null && !api.annotatedWith().isEmpty();
                assertTrue(hasTypes || hasAnnotations, where + ": needs types or annotatedWith");
                boolean hasCalls = api.calls() != null && !api.calls().isEmpty();
                boolean hasReturns = api.returns() != null && !api.returns().isEmpty();
                assertTrue(hasCalls || hasReturns, where + ": has neither calls nor returns");
                for (CatalogData.Call call : api.calls() == null ? List.<CatalogData.Call>of() : api.calls()) {
                    assertNotNull(call.effect(), where + ": a call without an effect");
                    assertTrue(call.methods() != null || call.pattern() != null, where + ": a call matches nothing");
                    if (call.pattern() != null) {
                        Pattern.compile(call.pattern());
                    }
                }
                if (api.returns() != null) {
                    api.returns().forEach((m, t) -> assertTrue(t != null && t.contains("."),
                            where + ": returns." + m + " must be a qualified type, was " + t));
                }
                if (api.types() != null) {
                    for (String t : api.types()) {
                        // A bare or short glob, or one over the JDK, would match project and JDK types alike.
                        boolean glob = t.contains("*");
                        assertFalse(glob && (t.startsWith("java") || t.replace("*", "").length() < 8),
                                where + ": type pattern too broad: " + t);
                    }
                }
            }
        }
    }

    // ---- positive lookups: one or more per library family --------------------------------------------------------

    static Stream<Arguments> effects() {
        return Stream.of(
                // cache-redis.yml
                hit("org.springframework.data.redis.core.ValueOperations", "multiGet", CR, true, true, "Spring Data Redis"),
                hit("org.springframework.data.redis.core.StringRedisTemplate", "delete", CW, false, true, "Spring Data Redis"),
                hit("org.springframework.data.redis.core.ListOperations", "leftPush", CW, false, true, "Spring Data Redis"),
                hit("org.springframework.data.redis.core.ZSetOperations", "rangeByScore", CR, false, true, "Spring Data Redis"),
                hit("org.springframework.data.redis.core.RedisTemplate", "convertAndSend", MS, false, true, "Spring Data Redis"),
                hit("org.springframework.data.redis.core.ReactiveValueOperations", "get", CR, false, true,
                        "Spring Data Redis (reactive)"),
                hit("org.springframework.data.redis.core.ReactiveStringRedisTemplate", "hasKey", CR, false, true,
                        "Spring Data Redis (reactive)"),
                hit("redis.clients.jedis.Jedis", "hget", CR, false, true, "Jedis"),
                hit("redis.clients.jedis.JedisPooled", "mget", CR, true, true, "Jedis"),
                hit("redis.clients.jedis.JedisCluster", "setex", CW, false, true, "Jedis"),
                hit("redis.clients.jedis.UnifiedJedis", "hgetAll", CR, true, true, "Jedis"),
                hit("redis.clients.jedis.Pipeline", "sync", CR, true, true, "Jedis"),
                hit("redis.clients.jedis.Transaction", "exec", CW, true, true, "Jedis"),
                hit("io.lettuce.core.api.sync.RedisCommands", "get", CR, false, true, "Lettuce"),
                hit("io.lettuce.core.api.sync.RedisStringCommands", "setex", CW, false, true, "Lettuce"),
                hit("io.lettuce.core.api.async.RedisHashAsyncCommands", "hgetall", CR, true, true, "Lettuce"),
                hit("io.lettuce.core.api.reactive.RedisReactiveCommands", "incrby", CW, false, true, "Lettuce"),
                hit("io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands", "mget", CR, true, true, "Lettuce"),
                hit("org.redisson.api.RBucket", "get", CR, false, true, "Redisson"),
                hit("org.redisson.api.RBucket", "delete", CW, false, true, "Redisson"),
                hit("org.redisson.api.RBuckets", "get", CR, true, true, "Redisson"),
                hit("org.redisson.api.RMap", "fastPut", CW, false, true, "Redisson"),
                hit("org.redisson.api.RMap", "getAll", CR, true, true, "Redisson"),
                hit("org.redisson.api.RMapCache", "get", CR, false, true, "Redisson"),
                hit("org.redisson.api.RLocalCachedMap", "get", CR, false, false, "Redisson"),
                hit("org.redisson.api.RLocalCachedMap", "put", CW, false, true, "Redisson"),
                hit("org.redisson.api.RLock", "tryLock", CW, false, true, "Redisson"),
                // cache-other.yml
                hit("org.springframework.cache.Cache", "get", CR, false, true, "Spring Cache"),
                hit("org.springframework.cache.Cache", "evictIfPresent", CW, false, true, "Spring Cache"),
                hit("org.springframework.cache.concurrent.ConcurrentMapCache", "get", CR, false, false,
                        "Spring Cache (in-process)"),
                hit("com.github.benmanes.caffeine.cache.Cache", "getIfPresent", CR, false, false, "Caffeine"),
                hit("com.github.benmanes.caffeine.cache.LoadingCache", "getAll", CR, true, false, "Caffeine"),
                hit("com.github.benmanes.caffeine.cache.AsyncLoadingCache", "get", CR, false, false, "Caffeine"),
                hit("com.google.common.cache.LoadingCache", "getUnchecked", CR, false, false, "Guava cache"),
                hit("com.google.common.cache.Cache", "invalidate", CW, false, false, "Guava cache"),
                hit("javax.cache.Cache", "getAll", CR, true, true, "JCache"),
                hit("org.ehcache.Cache", "putIfAbsent", CW, false, false, "Ehcache 3"),
                hit("net.sf.ehcache.Cache", "get", CR, false, false, "Ehcache 2"),
                hit("com.hazelcast.map.IMap", "get", CR, false, true, "Hazelcast"),
                hit("com.hazelcast.core.IMap", "executeOnKeys", CW, true, true, "Hazelcast"),
                hit("net.spy.memcached.MemcachedClient", "getBulk", CR, true, true, "spymemcached"),
                hit("net.spy.memcached.MemcachedClientIF", "set", CW, false, true, "spymemcached"),
                hit("net.rubyeye.xmemcached.MemcachedClient", "get", CR, false, true, "Xmemcached"),
                hit("org.infinispan.client.hotrod.RemoteCache", "get", CR, false, true, "Infinispan Hot Rod"),
                hit("org.infinispan.Cache", "put", CW, false, false, "Infinispan embedded"),
                // database-spring-data.yml
                hit("org.springframework.data.jpa.repository.JpaRepository", "findAllById", DQ, true, true, "Spring Data"),
                hit("org.springframework.data.mongodb.repository.MongoRepository", "save", DW, false, true, "Spring Data"),
                hit("org.springframework.data.r2dbc.repository.R2dbcRepository", "findByStatusIn", DQ, true, true,
                        "Spring Data"),
                hit("org.springframework.data.querydsl.QuerydslPredicateExecutor", "findAll", DQ, true, true,
                        "Spring Data"),
                hit("org.springframework.data.jpa.repository.JpaSpecificationExecutor", "delete", DW, false, true,
                        "Spring Data"),
                hit("org.springframework.data.repository.reactive.ReactiveCrudRepository", "deleteByOrderId", DW, false,
                        true, "Spring Data"),
                // database-jdbc.yml
                hit("java.sql.PreparedStatement", "executeQuery", DQ, false, true, "JDBC"),
                hit("java.sql.PreparedStatement", "executeBatch", DW, true, true, "JDBC"),
                hit("java.sql.CallableStatement", "execute", DQ, false, true, "JDBC"),
                hit("org.springframework.jdbc.core.JdbcTemplate", "queryForObject", DQ, false, true, "Spring JDBC"),
                hit("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate", "batchUpdate", DW, true, true,
                        "Spring JDBC"),
                hit("org.springframework.jdbc.core.simple.SimpleJdbcInsert", "executeBatch", DW, true, true, "Spring JDBC"),
                hit("org.springframework.jdbc.core.simple.SimpleJdbcCall", "execute", DW, false, true, "Spring JDBC"),
                hit("org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec", "single", DQ, false, true,
                        "Spring JdbcClient"),
                // database-jpa.yml
                hit("jakarta.persistence.EntityManager", "find", DQ, false, true, "JPA"),
                hit("javax.persistence.EntityManager", "merge", DW, false, true, "JPA"),
                hit("jakarta.persistence.TypedQuery", "getSingleResult", DQ, false, true, "JPA"),
                hit("javax.persistence.Query", "executeUpdate", DW, false, true, "JPA"),
                hit("org.hibernate.Session", "get", DQ, false, true, "Hibernate"),
                hit("org.hibernate.StatelessSession", "insertMultiple", DW, true, true, "Hibernate"),
                hit("org.hibernate.query.Query", "uniqueResult", DQ, false, true, "Hibernate"),
                hit("org.hibernate.MultiIdentifierLoadAccess", "multiLoad", DQ, true, true, "Hibernate"),
                // database-other.yml
                hit("org.springframework.data.mongodb.core.MongoTemplate", "findById", DQ, false, true,
                        "Spring Data MongoDB"),
                hit("org.springframework.data.mongodb.core.ReactiveMongoTemplate", "insertAll", DW, true, true,
                        "Spring Data MongoDB"),
                hit("org.springframework.data.cassandra.core.CassandraTemplate", "selectOneById", DQ, false, true,
                        "Spring Data Cassandra"),
                hit("org.springframework.data.elasticsearch.core.ElasticsearchOperations", "multiGet", DQ, true, true,
                        "Spring Data Elasticsearch"),
                hit("org.springframework.data.r2dbc.core.R2dbcEntityTemplate", "insert", DW, false, true,
                        "Spring Data R2DBC"),
                hit("org.springframework.r2dbc.core.FetchSpec", "rowsUpdated", DW, false, true, "Spring R2DBC"),
                hit("org.jooq.DSLContext", "fetchOne", DQ, false, true, "jOOQ"),
                hit("org.jooq.DSLContext", "fetchExists", DQ, false, true, "jOOQ"),
                hit("org.jooq.SelectConditionStep", "fetchInto", DQ, false, true, "jOOQ"),
                hit("org.jooq.SelectSeekStep2", "fetch", DQ, false, true, "jOOQ"),
                hit("org.jooq.InsertValuesStep3", "execute", DW, false, true, "jOOQ"),
                hit("org.jooq.Batch", "execute", DW, true, true, "jOOQ"),
                hit("org.jooq.UpdatableRecord", "store", DW, false, true, "jOOQ"),
                hit("org.jooq.TableRecord", "fetchParent", DQ, false, true, "jOOQ"),
                hit("org.apache.ibatis.session.SqlSession", "selectList", DQ, false, true, "MyBatis"),
                hit("org.mybatis.spring.SqlSessionTemplate", "insert", DW, false, true, "MyBatis"),
                hit("com.baomidou.mybatisplus.core.mapper.BaseMapper", "selectBatchIds", DQ, true, true, "MyBatis-Plus"),
                hit("com.mongodb.client.MongoCollection", "insertMany", DW, true, true, "MongoDB driver"),
                hit("com.mongodb.client.FindIterable", "first", DQ, false, true, "MongoDB driver"),
                hit("com.mongodb.reactivestreams.client.MongoCollection", "find", DQ, false, true,
                        "MongoDB driver (reactive)"),
                hit("com.datastax.oss.driver.api.core.CqlSession", "execute", DQ, false, true, "DataStax Java driver"),
                hit("co.elastic.clients.elasticsearch.ElasticsearchClient", "bulk", DW, true, true, "Elasticsearch"),
                hit("org.elasticsearch.client.RestHighLevelClient", "search", DQ, false, true, "Elasticsearch"),
                hit("io.r2dbc.spi.Statement", "execute", DQ, false, true, "R2DBC"),
                hit("io.r2dbc.spi.Batch", "execute", DW, true, true, "R2DBC"),
                hit("org.jdbi.v3.core.result.ResultIterable", "one", DQ, false, true, "Jdbi"),
                hit("org.jdbi.v3.core.statement.PreparedBatch", "execute", DW, true, true, "Jdbi"),
                hit("com.querydsl.jpa.impl.JPAQuery", "fetchFirst", DQ, false, true, "Querydsl"),
                hit("com.querydsl.jpa.impl.JPAUpdateClause", "execute", DW, false, true, "Querydsl"),
                // remote-http.yml
                hit("java.net.http.HttpClient", "send", RC, false, true, "java.net.http"),
                hit("java.net.HttpURLConnection", "getResponseCode", RC, false, true, "java.net"),
                hit("javax.net.ssl.HttpsURLConnection", "getInputStream", RC, false, true, "java.net"),
                hit("java.net.URL", "openStream", RC, false, true, "java.net"),
                hit("org.springframework.web.client.RestTemplate", "postForObject", RC, false, true,
                        "Spring RestTemplate"),
                hit("org.springframework.web.client.RestOperations", "exchange", RC, false, true, "Spring RestTemplate"),
                hit("org.springframework.web.client.RestClient.ResponseSpec", "body", RC, false, true,
                        "Spring RestClient"),
                hit("org.springframework.web.reactive.function.client.WebClient.ResponseSpec", "bodyToFlux", RC, false,
                        true, "Spring WebClient"),
                hit("okhttp3.Call", "execute", RC, false, true, "OkHttp"),
                hit("org.apache.http.impl.client.CloseableHttpClient", "execute", RC, false, true, "Apache HttpClient"),
                hit("org.apache.hc.client5.http.impl.classic.CloseableHttpClient", "execute", RC, false, true,
                        "Apache HttpClient"),
                hit("com.acme.PriceGrpc.PriceBlockingStub", "getPrice", RC, false, true, "gRPC"),
                hit("com.acme.PriceGrpc.PriceFutureStub", "getPrice", RC, false, true, "gRPC"),
                hit("com.acme.LedgerGrpc.LedgerStub", "withdraw", RC, false, true, "gRPC"),
                hit("software.amazon.awssdk.services.s3.S3Client", "headObject", RC, false, true, "AWS SDK v2"),
                hit("software.amazon.awssdk.services.dynamodb.DynamoDbClient", "batchGetItem", RC, true, true,
                        "AWS SDK v2"),
                hit("software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient", "getItem", RC, false, true,
                        "AWS SDK v2"),
                hit("software.amazon.awssdk.services.s3.S3Client", "deleteObjects", RC, true, true, "AWS SDK v2"),
                hit("software.amazon.awssdk.services.sqs.SqsClient", "sendMessageBatch", MS, true, true,
                        "AWS SDK v2 (SQS)"),
                hit("software.amazon.awssdk.services.sqs.SqsClient", "receiveMessage", RC, false, true, "AWS SDK v2"),
                hit("software.amazon.awssdk.services.sns.SnsClient", "publish", MS, false, true, "AWS SDK v2 (SNS)"),
                hit("software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable", "getItem", RC, false, true,
                        "AWS SDK v2 (DynamoDB enhanced)"),
                hit("com.amazonaws.services.s3.AmazonS3", "getObject", RC, false, true, "AWS SDK v1"),
                hit("com.amazonaws.services.sqs.AmazonSQS", "sendMessage", MS, false, true, "AWS SDK v1 (SQS/SNS)"),
                hit("jakarta.ws.rs.client.Invocation.Builder", "post", RC, false, true, "JAX-RS client"),
                hit("javax.ws.rs.client.SyncInvoker", "get", RC, false, true, "JAX-RS client"),
                hit("jakarta.ws.rs.client.Invocation", "invoke", RC, false, true, "JAX-RS client"),
                hit("org.elasticsearch.client.RestClient", "performRequest", RC, false, true,
                        "Elasticsearch low-level client"),
                // remote-messaging.yml
                hit("org.apache.kafka.clients.producer.KafkaProducer", "send", MS, false, true, "Kafka"),
                hit("org.apache.kafka.clients.consumer.KafkaConsumer", "commitSync", RC, false, true, "Kafka"),
                hit("org.springframework.kafka.core.KafkaTemplate", "sendDefault", MS, false, true, "Spring Kafka"),
                hit("jakarta.jms.MessageProducer", "send", MS, false, true, "JMS"),
                hit("javax.jms.JMSProducer", "send", MS, false, true, "JMS"),
                hit("javax.jms.MessageConsumer", "receive", RC, false, true, "JMS"),
                hit("org.springframework.jms.core.JmsTemplate", "convertAndSend", MS, false, true, "Spring JMS"),
                hit("org.springframework.jms.core.JmsTemplate", "receiveAndConvert", RC, false, true, "Spring JMS"),
                hit("org.springframework.jms.core.JmsMessagingTemplate", "convertSendAndReceive", RC, false, true,
                        "Spring JMS"),
                hit("org.springframework.amqp.rabbit.core.RabbitTemplate", "convertAndSend", MS, false, true,
                        "Spring AMQP"),
                hit("org.springframework.amqp.rabbit.core.RabbitTemplate", "convertSendAndReceive", RC, false, true,
                        "Spring AMQP"),
                hit("org.springframework.amqp.core.AmqpTemplate", "receive", RC, false, true, "Spring AMQP"),
                hit("com.rabbitmq.client.Channel", "basicPublish", MS, false, true, "RabbitMQ client"));
    }

    @ParameterizedTest(name = "{0}#{1} is {2}")
    @MethodSource("effects")
    void knownCallsHaveTheirEffect(String type, String method, EffectKind kind, boolean batch, boolean remote,
                                   String library) {
        Effect e = effect(type, method).orElseThrow(() -> new AssertionError(type + "#" + method + " has no effect"));
        assertEquals(kind, e.kind(), type + "#" + method);
        assertEquals(batch, e.batch(), type + "#" + method + " batch");
        assertEquals(remote, e.remote(), type + "#" + method + " remote");
        assertEquals(library, e.library(), type + "#" + method + " library");
        assertEquals(Catalog.simpleName(type) + "." + method, e.api());
    }

    /** Every library family of the effect files has at least one positive lookup above. */
    @Test
    void everyLibraryFamilyIsExercised() {
        Set<String> tested = new TreeSet<>();
        effects().forEach(a -> tested.add((String) a.get()[5]));
        annotatedTypes().forEach(a -> tested.add((String) a.get()[4]));
        Set<String> families = new TreeSet<>();
        for (String file : EFFECT_FILES) {
            for (CatalogData.Api api : apis(file)) {
                if (api.calls() != null && !api.calls().isEmpty()) {
                    families.add(api.library());
                }
            }
        }
        families.removeAll(tested);
        assertEquals(Set.of(), families, "library families without a positive lookup in CatalogTest");
    }

    // ---- negative lookups: configuration, builders, plain JDK types ---------------------------------------------

    static Stream<Arguments> noEffects() {
        return Stream.of(
                // JDK and collection types must never match
                miss("java.util.Map", "get"), miss("java.util.HashMap", "put"), miss("java.util.List", "get"),
                miss("java.util.Set", "add"), miss("java.util.Optional", "get"),
                miss("java.util.concurrent.Executor", "execute"), miss("java.util.concurrent.ExecutorService", "submit"),
                miss("java.util.concurrent.ConcurrentMap", "putIfAbsent"), miss("java.util.concurrent.Future", "get"),
                miss("java.util.concurrent.CompletableFuture", "join"), miss("java.util.stream.Stream", "collect"),
                miss("java.lang.Object", "toString"), miss("java.lang.String", "format"), miss("java.lang.Runnable", "run"),
                miss("java.sql.Connection", "prepareStatement"), miss("java.sql.Connection", "createStatement"),
                miss("java.sql.PreparedStatement", "addBatch"), miss("java.sql.PreparedStatement", "setString"),
                miss("javax.sql.DataSource", "getConnection"), miss("java.net.http.HttpRequest.Builder", "timeout"),
                miss("java.net.HttpURLConnection", "setConnectTimeout"), miss("java.net.URL", "openConnection"),
                miss("com.acme.OrderService", "get"), miss("com.acme.PriceClient", "execute"),
                // Redis clients: configuration and accessors
                miss("org.springframework.data.redis.core.StringRedisTemplate", "opsForValue"),
                miss("org.springframework.data.redis.core.RedisTemplate", "setKeySerializer"),
                miss("org.springframework.data.redis.core.ValueOperations", "getOperations"),
                miss("redis.clients.jedis.Jedis", "close"), miss("redis.clients.jedis.Jedis", "pipelined"),
                miss("redis.clients.jedis.JedisPool", "getResource"), miss("redis.clients.jedis.Pipeline", "get"),
                miss("redis.clients.jedis.Transaction", "set"), miss("io.lettuce.core.api.sync.RedisCommands", "getStatefulConnection"),
                miss("io.lettuce.core.api.StatefulRedisConnection", "sync"), miss("io.lettuce.core.RedisClient", "connect"),
                miss("org.redisson.api.RedissonClient", "getBucket"), miss("org.redisson.api.RMap", "getName"),
                // other caches
                miss("org.springframework.cache.CacheManager", "getCache"), miss("org.springframework.cache.Cache", "getName"),
                miss("org.springframework.cache.Cache", "getNativeCache"),
                miss("com.github.benmanes.caffeine.cache.Cache", "asMap"),
                miss("com.github.benmanes.caffeine.cache.Cache", "estimatedSize"),
                miss("com.github.benmanes.caffeine.cache.Caffeine", "build"),
                miss("com.github.benmanes.caffeine.cache.AsyncCache", "synchronous"),
                miss("com.google.common.cache.CacheBuilder", "maximumSize"), miss("com.google.common.cache.Cache", "stats"),
                miss("com.hazelcast.core.HazelcastInstance", "getMap"), miss("com.hazelcast.map.IMap", "getName"),
                miss("net.spy.memcached.MemcachedClient", "getAvailableServers"),
                // databases
                miss("org.springframework.jdbc.core.JdbcTemplate", "setQueryTimeout"),
                miss("org.springframework.jdbc.core.simple.JdbcClient", "sql"),
                miss("org.springframework.jdbc.core.simple.JdbcClient.StatementSpec", "param"),
                miss("org.springframework.jdbc.core.simple.JdbcClient.StatementSpec", "query"),
                miss("org.springframework.jdbc.core.simple.SimpleJdbcInsert", "withTableName"),
                miss("jakarta.persistence.EntityManager", "createQuery"), miss("jakarta.persistence.EntityManager", "detach"),
                miss("jakarta.persistence.TypedQuery", "setParameter"), miss("org.hibernate.Session", "byMultipleIds"),
                miss("org.hibernate.query.Query", "setMaxResults"),
                miss("org.jooq.DSLContext", "selectFrom"), miss("org.jooq.DSLContext", "batchStore"),
                miss("org.jooq.DSLContext", "configuration"), miss("org.jooq.SelectWhereStep", "where"),
                miss("org.jooq.SelectConditionStep", "fetchSize"), miss("org.jooq.SelectConditionStep", "getSQL"),
                miss("org.jooq.InsertSetStep", "set"), miss("org.jooq.UpdatableRecord", "setValue"),
                miss("org.apache.ibatis.session.SqlSession", "getMapper"),
                miss("com.mongodb.client.MongoCollection", "find"), miss("com.mongodb.client.MongoCollection", "withReadPreference"),
                miss("com.mongodb.client.FindIterable", "sort"), miss("com.mongodb.client.MongoDatabase", "getCollection"),
                miss("org.springframework.data.mongodb.core.MongoTemplate", "getConverter"),
                miss("org.springframework.r2dbc.core.DatabaseClient", "sql"),
                miss("org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec", "bind"),
                miss("org.jdbi.v3.core.Handle", "createQuery"), miss("org.jdbi.v3.core.statement.Query", "mapTo"),
                miss("com.querydsl.jpa.impl.JPAQueryFactory", "selectFrom"), miss("com.querydsl.jpa.impl.JPAQuery", "where"),
                miss("co.elastic.clients.elasticsearch.ElasticsearchClient", "indices"),
                miss("com.datastax.oss.driver.api.core.CqlSession", "prepare"),
                // HTTP and RPC
                miss("org.springframework.web.reactive.function.client.WebClient", "get"),
                miss("org.springframework.web.reactive.function.client.WebClient", "mutate"),
                miss("org.springframework.web.reactive.function.client.WebClient.RequestHeadersUriSpec", "uri"),
                miss("org.springframework.web.reactive.function.client.WebClient.RequestHeadersSpec", "retrieve"),
                miss("org.springframework.web.reactive.function.client.WebClient.RequestBodySpec", "bodyValue"),
                miss("org.springframework.web.client.RestClient", "post"),
                miss("org.springframework.web.client.RestClient.RequestBodySpec", "body"),
                miss("org.springframework.web.client.RestClient.RequestHeadersSpec", "retrieve"),
                miss("org.springframework.web.client.RestClient.ResponseSpec", "onStatus"),
                miss("org.springframework.web.client.RestTemplate", "setRequestFactory"),
                miss("okhttp3.OkHttpClient", "newCall"), miss("okhttp3.OkHttpClient", "newBuilder"),
                miss("okhttp3.Call", "cancel"),
                miss("com.acme.PriceGrpc.PriceBlockingStub", "withDeadlineAfter"),
                miss("com.acme.PriceGrpc.PriceBlockingStub", "withInterceptors"),
                miss("com.acme.PriceGrpc.PriceBlockingStub", "getChannel"),
                miss("com.acme.PriceGrpc.PriceFutureStub", "getCallOptions"),
                miss("com.acme.PriceGrpc.PriceImplBase", "getPrice"),
                miss("software.amazon.awssdk.services.s3.S3Client", "close"),
                miss("software.amazon.awssdk.services.s3.S3Client", "serviceName"),
                miss("software.amazon.awssdk.services.s3.S3Client", "utilities"),
                miss("software.amazon.awssdk.services.s3.model.GetObjectRequest", "bucket"),
                miss("com.amazonaws.services.s3.AmazonS3", "generatePresignedUrl"),
                miss("com.amazonaws.services.s3.model.AmazonS3Exception", "getErrorCode"),
                miss("jakarta.ws.rs.client.WebTarget", "path"), miss("jakarta.ws.rs.client.Invocation.Builder", "header"),
                miss("retrofit2.Call", "execute"),
                // messaging
                miss("org.apache.kafka.clients.producer.KafkaProducer", "partitionsFor"),
                miss("org.springframework.kafka.core.KafkaTemplate", "setDefaultTopic"),
                miss("org.springframework.jms.core.JmsTemplate", "setReceiveTimeout"),
                miss("org.springframework.amqp.rabbit.core.RabbitTemplate", "setReplyTimeout"),
                miss("com.rabbitmq.client.Channel", "queueDeclare"));
    }

    @ParameterizedTest(name = "{0}#{1} has no effect")
    @MethodSource("noEffects")
    void configurationAndPlainTypesHaveNoEffect(String type, String method) {
        assertEquals(Optional.empty(), effect(type, method), type + "#" + method);
    }

    // ---- fluent chains through `returns` ------------------------------------------------------------------------

    static Stream<Arguments> chains() {
        return Stream.of(
                chain("org.springframework.data.redis.core.StringRedisTemplate", CR, "opsForValue", "get"),
                chain("org.springframework.data.redis.core.RedisTemplate", CW, "opsForHash", "put"),
                chain("org.springframework.data.redis.core.RedisTemplate", CR, "boundZSetOps", "range"),
                chain("org.springframework.data.redis.core.ReactiveRedisTemplate", CR, "opsForValue", "get"),
                chain("redis.clients.jedis.JedisPool", CR, "getResource", "hget"),
                chain("redis.clients.jedis.Jedis", CR, "pipelined", "sync"),
                chain("io.lettuce.core.RedisClient", CR, "connect", "sync", "hget"),
                chain("io.lettuce.core.cluster.RedisClusterClient", CW, "connect", "async", "set"),
                chain("org.redisson.api.RedissonClient", CR, "getBucket", "get"),
                chain("org.redisson.api.RedissonClient", CR, "getMapCache", "getAll"),
                chain("org.redisson.api.RedissonClient", CW, "getLock", "unlock"),
                chain("org.springframework.cache.CacheManager", CR, "getCache", "get"),
                chain("com.hazelcast.core.HazelcastInstance", CR, "getMap", "get"),
                chain("javax.cache.CacheManager", CW, "getCache", "put"),
                chain("org.springframework.jdbc.core.simple.JdbcClient", DQ, "sql", "param", "param", "query", "list"),
                chain("org.springframework.jdbc.core.simple.JdbcClient", DQ, "sql", "query", "singleValue"),
                chain("org.springframework.jdbc.core.simple.JdbcClient", DW, "sql", "paramSource", "update"),
                chain("org.springframework.jdbc.core.simple.SimpleJdbcInsert", DW, "withTableName", "usingColumns",
                        "executeAndReturnKey"),
                chain("jakarta.persistence.EntityManager", DQ, "createQuery", "setParameter", "setMaxResults",
                        "getResultList"),
                chain("javax.persistence.EntityManager", DW, "createNativeQuery", "setParameter", "executeUpdate"),
                chain("org.hibernate.Session", DQ, "createQuery", "setParameter", "list"),
                chain("org.hibernate.Session", DQ, "byMultipleIds", "withBatchSize", "multiLoad"),
                chain("org.hibernate.Session", DQ, "byId", "load"),
                chain("org.jooq.DSLContext", DQ, "selectFrom", "where", "and", "orderBy", "limit", "fetchOne"),
                chain("org.jooq.DSLContext", DQ, "select", "from", "join", "on", "where", "groupBy", "having", "fetch"),
                chain("org.jooq.DSLContext", DQ, "selectCount", "from", "where", "fetchOne"),
                chain("org.jooq.DSLContext", DW, "insertInto", "set", "set", "onConflictDoNothing", "execute"),
                chain("org.jooq.DSLContext", DW, "insertInto", "columns", "values", "returning", "fetchOne"),
                chain("org.jooq.DSLContext", DW, "update", "set", "set", "where", "execute"),
                chain("org.jooq.DSLContext", DW, "deleteFrom", "where", "and", "execute"),
                chain("org.jooq.DSLContext", DW, "batchStore", "execute"),
                chain("org.jooq.DSLContext", DW, "newRecord", "store"),
                chain("com.mongodb.client.MongoDatabase", DQ, "getCollection", "find", "sort", "limit", "first"),
                chain("com.mongodb.client.MongoCollection", DQ, "find", "projection", "into"),
                chain("com.mongodb.client.MongoCollection", DQ, "aggregate", "allowDiskUse", "first"),
                chain("org.springframework.data.mongodb.core.MongoTemplate", DQ, "query", "matching", "all"),
                chain("org.springframework.data.mongodb.core.MongoTemplate", DW, "bulkOps", "insert", "execute"),
                chain("org.springframework.r2dbc.core.DatabaseClient", DQ, "sql", "bind", "fetch", "one"),
                chain("org.springframework.r2dbc.core.DatabaseClient", DQ, "sql", "map", "all"),
                chain("org.springframework.r2dbc.core.DatabaseClient", DW, "sql", "bind", "then"),
                chain("io.r2dbc.spi.Connection", DQ, "createStatement", "bind", "execute"),
                chain("org.jdbi.v3.core.Handle", DQ, "createQuery", "bind", "mapTo", "list"),
                chain("org.jdbi.v3.core.Handle", DW, "createUpdate", "bind", "execute"),
                chain("com.querydsl.jpa.impl.JPAQueryFactory", DQ, "selectFrom", "where", "orderBy", "fetch"),
                chain("com.querydsl.jpa.impl.JPAQueryFactory", DW, "update", "set", "where", "execute"),
                chain("org.springframework.web.reactive.function.client.WebClient", RC, "get", "uri", "retrieve",
                        "bodyToMono"),
                chain("org.springframework.web.reactive.function.client.WebClient", RC, "post", "uri", "header",
                        "contentType", "bodyValue", "retrieve", "onStatus", "toBodilessEntity"),
                chain("org.springframework.web.reactive.function.client.WebClient", RC, "put", "uri", "body",
                        "exchangeToMono"),
                chain("org.springframework.web.client.RestClient", RC, "get", "uri", "accept", "retrieve", "body"),
                chain("org.springframework.web.client.RestClient", RC, "post", "uri", "contentType", "body", "retrieve",
                        "toEntity"),
                chain("org.springframework.web.client.RestClient", RC, "delete", "uri", "exchange"),
                chain("okhttp3.OkHttpClient", RC, "newCall", "execute"),
                chain("java.net.URL", RC, "openConnection", "getInputStream"),
                chain("jakarta.ws.rs.client.Client", RC, "target", "path", "queryParam", "request", "accept", "get"),
                chain("javax.ws.rs.client.WebTarget", RC, "request", "async", "post"),
                chain("com.acme.PriceGrpc.PriceBlockingStub", RC, "withDeadlineAfter", "withWaitForReady", "getPrice"),
                chain("software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient", RC, "table", "getItem"));
    }

    /** Each chain is typed step by step through `returns` and reaches exactly one effect, on its last call. */
    @ParameterizedTest(name = "{0}.{2}")
    @MethodSource("chains")
    void fluentChainsReachExactlyOneEffect(String start, EffectKind kind, List<String> calls) {
        String type = start;
        List<String> effects = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String method = calls.get(i);
            assertNotNull(type, "chain lost its type before " + method + " in " + start + "." + calls);
            Optional<Effect> e = effect(type, method);
            if (e.isPresent()) {
                effects.add(method);
                if (i == calls.size() - 1) {
                    assertEquals(kind, e.get().kind(), start + "." + calls);
                }
            }
            type = CATALOG.returnType(closure(type), method).orElse(null);
        }
        assertEquals(List.of(calls.get(calls.size() - 1)), effects,
                "calls with an effect in " + start + "." + calls);
    }

    @Test
    void repeatedBuilderStepsKeepTheirType() {
        assertEquals(Optional.of("org.springframework.data.redis.core.ValueOperations"),
                CATALOG.returnType(closure("org.springframework.data.redis.core.StringRedisTemplate"), "opsForValue"));
        assertEquals(Optional.of("org.jooq.SelectConditionStep"),
                CATALOG.returnType(closure("org.jooq.SelectConditionStep"), "and"));
        assertEquals(Optional.of("org.springframework.web.client.RestClient.ResponseSpec"),
                CATALOG.returnType(closure("org.springframework.web.client.RestClient.RequestBodySpec"), "retrieve"));
        // CaffeineCacheManager hands out an in-process cache; the plain CacheManager an unknown (remote) one.
        String local = CATALOG.returnType(closure("org.springframework.cache.caffeine.CaffeineCacheManager"),
                "getCache").orElseThrow();
        assertFalse(effect(local, "get").orElseThrow().remote());
        String unknown = CATALOG.returnType(closure("org.springframework.cache.CacheManager"), "getCache").orElseThrow();
        assertTrue(effect(unknown, "get").orElseThrow().remote());
    }

    /** In-process loading caches: the loading reads run the loader on a miss; plain reads and remote caches do not. */
    @Test
    void loadingCachesMarkTheirLoadingReads() {
        for (String[] loading : new String[][] {{"com.google.common.cache.LoadingCache", "getUnchecked"},
                {"com.google.common.cache.LoadingCache", "get"}, {"com.github.benmanes.caffeine.cache.LoadingCache", "get"},
                {"com.github.benmanes.caffeine.cache.AsyncLoadingCache", "getAll"},
                {"org.redisson.api.RLocalCachedMap", "get"}}) {
            Effect e = effect(loading[0], loading[1]).orElseThrow();
            assertTrue(e.loading(), loading[0] + "#" + loading[1]);
            assertFalse(e.remote(), loading[0] + "#" + loading[1]);
        }
        for (String[] plain : new String[][] {{"com.google.common.cache.LoadingCache", "getIfPresent"},
                {"com.google.common.cache.Cache", "get"}, {"com.github.benmanes.caffeine.cache.Cache", "get"},
                {"com.github.benmanes.caffeine.cache.AsyncCache", "get"}, {"org.redisson.api.RMap", "get"},
                {"org.springframework.cache.Cache", "get"}, {"redis.clients.jedis.Jedis", "get"}}) {
            assertFalse(effect(plain[0], plain[1]).orElseThrow().loading(), plain[0] + "#" + plain[1]);
        }
        assertEquals(Optional.of("com.github.benmanes.caffeine.cache.LoadingCache"),
                CATALOG.returnType(closure("com.github.benmanes.caffeine.cache.AsyncLoadingCache"), "synchronous"));
    }

    // ---- globs, library supertypes, annotations -----------------------------------------------------------------

    @Test
    void grpcStubGlobsMatchGeneratedStubsOnly() {
        assertEquals(RC, effect("com.acme.PriceGrpc.PriceBlockingStub", "getPrice").orElseThrow().kind());
        assertEquals("PriceBlockingStub", effect("com.acme.PriceGrpc.PriceBlockingStub", "getPrice").orElseThrow()
                .resource());
        assertTrue(effect("com.acme.PriceGrpc.PriceBlockingStub", "withDeadlineAfter").isEmpty());
        assertTrue(effect("PriceGrpc.PriceBlockingStub", "getPrice").isPresent(), "an unresolved nested name");
        assertTrue(CATALOG.knowsType("com.acme.PriceGrpc.PriceBlockingStub"));
        assertFalse(CATALOG.knowsType("com.acme.grpc.PriceService"));
        assertTrue(effect("com.acme.grpc.PriceService", "getPrice").isEmpty());
        assertTrue(effect("com.acme.PriceGrpc", "getServiceDescriptor").isEmpty());
    }

    @Test
    void librarySupertypesLeadToTheLibraryEntry() {
        List<String> jpa = CATALOG.librarySupertypes("org.springframework.data.jpa.repository.JpaRepository");
        assertTrue(jpa.contains("org.springframework.data.repository.CrudRepository"), jpa.toString());
        assertTrue(jpa.contains("org.springframework.data.repository.Repository"), jpa.toString());
        for (String repo : List.of("org.springframework.data.mongodb.repository.ReactiveMongoRepository",
                "org.springframework.data.cassandra.repository.CassandraRepository",
                "org.springframework.data.elasticsearch.repository.ElasticsearchRepository",
                "org.springframework.data.neo4j.repository.Neo4jRepository",
                "org.springframework.data.keyvalue.repository.KeyValueRepository",
                "org.springframework.data.repository.reactive.RxJava3CrudRepository",
                "org.springframework.data.querydsl.ListQuerydslPredicateExecutor")) {
            assertTrue(CATALOG.librarySupertypes(repo).contains("org.springframework.data.repository.Repository"),
                    repo);
        }
        assertTrue(CATALOG.librarySupertypes("java.sql.CallableStatement").contains("java.sql.Statement"));
        // A project repository: its own type first, then its (resolved) library supertypes.
        List<String> orderRepository = new ArrayList<>(List.of("com.acme.OrderRepository"));
        orderRepository.add("org.springframework.data.jpa.repository.JpaRepository");
        orderRepository.addAll(jpa);
        Effect find = CATALOG.effectOf(orderRepository, "findByCustomerId").orElseThrow();
        assertEquals(DQ, find.kind());
        assertEquals("OrderRepository.findByCustomerId", find.api());
        assertEquals(DW, CATALOG.effectOf(orderRepository, "deleteByCustomerId").orElseThrow().kind());
        assertTrue(CATALOG.effectOf(orderRepository, "findByIdIn").orElseThrow().batch());
    }

    @Test
    void cacheAnnotationsAreProxiedCacheEffects() {
        CatalogData.MethodAnnotation cacheable = CATALOG.methodAnnotation(
                Set.of("org.springframework.cache.annotation.Cacheable")).orElseThrow();
        assertEquals(CR, cacheable.effect());
        assertEquals(List.of("cacheNames", "value"), cacheable.resourceAttributes());
        assertEquals(Boolean.TRUE, cacheable.proxied());
        assertEquals(CW, CATALOG.methodAnnotation(Set.of("org.springframework.cache.annotation.CacheEvict"))
                .orElseThrow().effect());
        assertEquals(CW, CATALOG.methodAnnotation(Set.of("org.springframework.cache.annotation.CachePut"))
                .orElseThrow().effect());
        assertEquals(CR, CATALOG.methodAnnotation(Set.of("javax.cache.annotation.CacheResult")).orElseThrow().effect());
        assertEquals(List.of("cacheName"), CATALOG.methodAnnotation(Set.of("javax.cache.annotation.CacheResult"))
                .orElseThrow().resourceAttributes());
        assertTrue(CATALOG.methodAnnotation(Set.of("org.springframework.transaction.annotation.Transactional"))
                .isEmpty());
        assertTrue(CATALOG.methodAnnotation(Set.of("org.springframework.web.bind.annotation.GetMapping")).isEmpty());
    }

    @Test
    void statementAndHttpMethodAnnotations() {
        assertEquals(DQ, CATALOG.methodAnnotation(Set.of("org.apache.ibatis.annotations.Select")).orElseThrow()
                .effect());
        assertEquals(DW, CATALOG.methodAnnotation(Set.of("org.apache.ibatis.annotations.Update")).orElseThrow()
                .effect());
        assertEquals(DW, CATALOG.methodAnnotation(Set.of("org.jdbi.v3.sqlobject.statement.SqlUpdate")).orElseThrow()
                .effect());
        assertEquals(RC, CATALOG.methodAnnotation(Set.of("org.springframework.web.service.annotation.GetExchange"))
                .orElseThrow().effect());
        assertEquals(RC, CATALOG.methodAnnotation(Set.of("retrofit2.http.POST")).orElseThrow().effect());
    }

    static Stream<Arguments> annotatedTypes() {
        return Stream.of(
                arguments("org.springframework.cloud.openfeign.FeignClient", "TaxClient", "quote", RC, "OpenFeign"),
                arguments("org.springframework.web.service.annotation.HttpExchange", "StockClient", "levels", RC,
                        "Spring HTTP interface"),
                arguments("org.eclipse.microprofile.rest.client.inject.RegisterRestClient", "CrmClient", "customer", RC,
                        "MicroProfile Rest Client"),
                arguments("org.apache.ibatis.annotations.Mapper", "InvoiceMapper", "findByInvoiceId", DQ, "MyBatis"),
                arguments("org.apache.ibatis.annotations.Mapper", "InvoiceMapper", "insertLines", DW, "MyBatis"),
                arguments("org.apache.ibatis.annotations.Mapper", "InvoiceMapper", "deleteById", DW, "MyBatis"),
                arguments("org.apache.ibatis.annotations.Mapper", "InvoiceMapper", "updatedSince", DQ, "MyBatis"));
    }

    @ParameterizedTest(name = "@{0} {1}.{2}")
    @MethodSource("annotatedTypes")
    void annotatedInterfacesMakeEveryMethodACall(String annotation, String type, String method, EffectKind kind,
                                                 String library) {
        Effect e = CATALOG.effectOfAnnotatedType(Set.of(annotation), type, method).orElseThrow();
        assertEquals(kind, e.kind());
        assertEquals(type + "." + method, e.api());
        assertEquals(library, e.library());
        assertTrue(e.remote());
    }

    @Test
    void unrelatedAnnotationsMakeNoCalls() {
        assertTrue(CATALOG.effectOfAnnotatedType(Set.of("org.springframework.stereotype.Service"), "OrderService",
                "place").isEmpty());
        assertTrue(CATALOG.effectOfAnnotatedType(Set.of("org.springframework.web.bind.annotation.RestController"),
                "OrderController", "get").isEmpty());
        assertTrue(CATALOG.effectOfAnnotatedType(Set.of("org.apache.ibatis.annotations.Mapper"), "InvoiceMapper",
                "selectBatchIds").orElseThrow().batch());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Arguments hit(String type, String method, EffectKind kind, boolean batch, boolean remote,
                                 String library) {
        return arguments(type, method, kind, batch, remote, library);
    }

    private static Arguments miss(String type, String method) {
        return arguments(type, method);
    }

    private static Arguments chain(String start, EffectKind kind, String... calls) {
        return arguments(start, kind, List.of(calls));
    }

    /** The type and its catalog-declared library supertypes, most specific first (as the engine builds it). */
    private static List<String> closure(String type) {
        List<String> out = new ArrayList<>();
        out.add(type);
        out.addAll(CATALOG.librarySupertypes(type));
        return out;
    }

    private static Optional<Effect> effect(String type, String method) {
        return CATALOG.effectOf(closure(type), method);
    }

    private static List<CatalogData.Api> apis(String file) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(ROOT + file)) {
            assertNotNull(in, file);
            CatalogData d = CatalogLoader.yamlMapper().readValue(in, CatalogData.class);
            return d.apis() == null ? List.of() : d.apis();
        } catch (IOException e) {
            throw new AssertionError(file + " does not load: " + e.getMessage(), e);
        }
    }

    /** The catalog folder: the sources when run from the module, else the compiled resources. */
    private static Path catalogDirectory() throws URISyntaxException {
        Path sources = Path.of("src/main/resources/dev/opsdiff/catalog");
        if (Files.isDirectory(sources)) {
            return sources;
        }
        URL index = CatalogLoader.class.getResource(ROOT + "index.txt");
        assertNotNull(index);
        return Path.of(index.toURI()).getParent();
    }

    /** A mapper method writes when a write verb leads its name, or comes later with no read verb leading. */
    @Test
    void mapperWriteVerbsMayFollowASubject() {
        String writes = CatalogLoader.withUserEntries(java.util.List.of()).roles().stream()
                .filter(r -> "mapper".equals(r.role())).findFirst().orElseThrow().writes();
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(writes);
        for (String write : java.util.List.of("updateById", "insertBatch", "addRole", "scheduleUpdate",
                "statusUpdateByIds", "processInstanceDelete")) {
            org.junit.jupiter.api.Assertions.assertTrue(p.matcher(write).matches(), write);
        }
        for (String read : java.util.List.of("selectUpdateTime", "queryByUpdate", "findUpdate", "getLastUpdate",
                "countDeleted", "queryAll", "existUpdate")) {
            org.junit.jupiter.api.Assertions.assertFalse(p.matcher(read).matches(), read);
        }
    }
}
