package dev.opsdiff.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a call does to the outside world, as far as an operator is concerned. */
public enum EffectKind {
    CACHE_READ("cache-read", Category.CACHE),
    CACHE_WRITE("cache-write", Category.CACHE),
    DB_QUERY("db-query", Category.DATABASE),
    DB_WRITE("db-write", Category.DATABASE),
    REMOTE_CALL("remote-call", Category.REMOTE),
    MESSAGE_SEND("message-send", Category.REMOTE),
    /**
     * An in-process action whose repeat matters (scheduling a periodic task, registering a handler, publishing an
     * application event): only the idempotency analysis produces it, from the catalog's {@code protected-action}
     * entries, as a lower-confidence protected effect. Never an effect of a call's resolution.
     */
    LOCAL_ACTION("local-action", Category.LOCAL);

    public enum Category { CACHE, DATABASE, REMOTE, LOCAL }

    private final String id;
    private final Category category;

    EffectKind(String id, Category category) {
        this.id = id;
        this.category = category;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    /** Writes and sends change state elsewhere: repeating them is not harmless. */
    public boolean isWrite() {
        return this == CACHE_WRITE || this == DB_WRITE || this == MESSAGE_SEND;
    }

    /** Human wording for messages, e.g. "database query". */
    public String describe() {
        return switch (this) {
            case CACHE_READ -> "cache read";
            case CACHE_WRITE -> "cache write";
            case DB_QUERY -> "database query";
            case DB_WRITE -> "database write";
            case REMOTE_CALL -> "remote call";
            case MESSAGE_SEND -> "message send";
            case LOCAL_ACTION -> "in-process action";
        };
    }

    @JsonCreator
    public static EffectKind fromId(String id) {
        for (EffectKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown effect '" + id + "' (expected one of cache-read, cache-write, "
                + "db-query, db-write, remote-call, message-send, local-action)");
    }
}
