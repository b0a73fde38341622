package dev.opsdiff.report;

import dev.opsdiff.rule.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place that turns a finding into its stable opsdiff fingerprint, SARIF
 * {@code partialFingerprints["opsdiff/v1"]}. The SARIF writer emits it and {@code --baseline} matches on it, so both
 * must agree byte for byte: change the recipe only together with the key name ({@code opsdiff/v2}).
 */
public final class Fingerprints {
    /** The key under {@code partialFingerprints}. */
    public static final String KEY = "opsdiff/v1";

    private Fingerprints() {
    }

    /**
     * First 32 hex characters of SHA-256 over {@link Finding#fingerprintKey()} (rule, class#method, normalized call:
     * no line numbers, so the value survives unrelated edits that move the finding).
     */
    public static String stable(Finding f) {
        try {
            // A rule that forgot its key still gets a usable (if coarser) fingerprint rather than one shared by all.
            String key = f.fingerprintKey() != null ? f.fingerprintKey() : f.ruleId() + "|" + f.ownerMethod();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
