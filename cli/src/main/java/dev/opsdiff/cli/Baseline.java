package dev.opsdiff.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdiff.report.Fingerprints;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.source.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code --baseline FILE}: a SARIF report of findings the team has accepted (typically an earlier opsdiff run).
 * A finding is accepted when its {@code opsdiff/v1} fingerprint appears in the file; fingerprints leave out line
 * numbers, so unrelated edits that move the code do not bring an accepted finding back.
 */
final class Baseline {
    private final Path file;
    private final Set<String> fingerprints;

    private Baseline(Path file, Set<String> fingerprints) {
        this.file = file;
        this.fingerprints = fingerprints;
    }

    /** Reads every {@code runs[].results[].partialFingerprints["opsdiff/v1"]}; other fields may be missing. */
    static Baseline load(Path file) {
        try {
            return parse(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException("baseline file not found: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** A baseline's content, e.g. read from the base commit; {@code file} names it in messages. */
    static Baseline parse(Path file, byte[] content) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(content);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InputException("baseline " + file + " is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new InputException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("runs").isArray()) {
            throw new InputException("baseline " + file + " is not a SARIF file (no \"runs\" array); "
                    + "create one with: opsdiff check --format sarif --output " + file);
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode run : root.path("runs")) {
            for (JsonNode result : run.path("results")) {
                JsonNode fp = result.path("partialFingerprints").path(Fingerprints.KEY);
                if (fp.isTextual()) {
                    fingerprints.add(fp.asText());
                }
            }
        }
        return new Baseline(file, fingerprints);
    }

    int size() {
        return fingerprints.size();
    }

    /** How many of this baseline's entries the other one lacks. */
    int entriesNotIn(Baseline other) {
        return (int) fingerprints.stream().filter(f -> other == null || !other.fingerprints.contains(f)).count();
    }

    boolean accepts(Finding finding) {
        return fingerprints.contains(Fingerprints.stable(finding));
    }

    Path file() {
        return file;
    }
}
