package dev.opsdiff.values;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Spring Boot configuration files into flat {@code key → value} entries with their line numbers: {@code .properties}
 * (with continuation lines and the three separators) and YAML (nested maps and lists flattened to dotted keys; every
 * document of a multi-document file, with its {@code spring.config.activate.on-profile}).
 */
final class ConfigFiles {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final String ACTIVATE = "spring.config.activate.on-profile";
    private static final String LEGACY_ACTIVATE = "spring.profiles";
    private static final String CANONICAL_ACTIVATE = ConfigProperties.canonical(ACTIVATE);
    private static final String CANONICAL_LEGACY_ACTIVATE = ConfigProperties.canonical(LEGACY_ACTIVATE);

    /** One raw entry before profiles are applied. */
    record Raw(String key, String value, int line, int document) {
    }

    private ConfigFiles() {
    }

    /** Entries of one file; a file that cannot be read contributes nothing (it is not Java, so no notification). */
    static List<ConfigProperties.Entry> read(String path, String text) {
        String profile = profileOfFile(path);
        List<Raw> raw = path.endsWith(".properties") ? properties(text) : yaml(text);
        List<ConfigProperties.Entry> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        // A document's activation applies to all its entries (the last one written wins), found in one pass.
        Map<Integer, String> documentProfiles = new HashMap<>();
        List<String> canonicalKeys = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            String k = ConfigProperties.canonical(r.key());
            canonicalKeys.add(k);
            if (k.equals(CANONICAL_ACTIVATE) || k.equals(CANONICAL_LEGACY_ACTIVATE)) {
                documentProfiles.put(r.document(), r.value());
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            String line = r.line() >= 1 && r.line() <= lines.length ? lines[r.line() - 1] : "";
            int column = line.length() - line.stripLeading().length() + 1;
            int endColumn = Math.max(column, line.stripTrailing().length());
            String docProfile = documentProfiles.getOrDefault(r.document(), profile);
            out.add(new ConfigProperties.Entry(path, docProfile, r.key(), canonicalKeys.get(i), r.value(), r.line(),
                    column, endColumn));
        }
        return out;
    }

    /** {@code application-prod.yml} → {@code prod}; {@code application.yml} → empty; {@code bootstrap.yml} → bootstrap. */
    static String profileOfFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        if (stem.startsWith("bootstrap")) {
            return "bootstrap" + stem.substring("bootstrap".length());
        }
        int dash = stem.indexOf('-');
        return dash < 0 ? "" : stem.substring(dash + 1);
    }

    static List<Raw> properties(String text) {
        List<Raw> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int start = i;
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = lines[++i].stripLeading();
            }
            logical.append(line);
            String l = logical.toString();
            int sep = separator(l);
            String key = (sep < 0 ? l : l.substring(0, sep)).strip();
            String value = sep < 0 ? "" : l.substring(sep + 1).strip();
            if (sep >= 0 && Character.isWhitespace(l.charAt(sep)) && (value.startsWith("=") || value.startsWith(":"))) {
                value = value.substring(1).strip();
            }
            out.add(new Raw(key.replace("\\", ""), value, start + 1, 0));
        }
        return out;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int separator(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    static List<Raw> yaml(String text) {
        List<Raw> out = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            int document = 0;
            while (p.nextToken() != null) {
                value(p, "", p.currentLocation().getLineNr(), document, out);
                document++;
            }
        } catch (IOException | RuntimeException e) {
            // An invalid YAML file yields the entries read so far; the analysis of the Java code goes on.
            return out;
        }
        return out;
    }

    private static void value(JsonParser p, String prefix, int line, int document, List<Raw> out) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                value(p, prefix.isEmpty() ? name : prefix + "." + name, keyLine, document, out);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, prefix + "[" + i++ + "]", p.currentTokenLocation().getLineNr(), document, out);
            }
        } else if (t != null && t.isScalarValue()) {
            out.add(new Raw(prefix, t == JsonToken.VALUE_NULL ? "" : p.getText(), line, document));
        }
    }
}
