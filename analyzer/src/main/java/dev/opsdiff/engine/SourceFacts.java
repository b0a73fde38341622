package dev.opsdiff.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the neighbourhood needs to know about a Java file without parsing it: its package, the types it declares
 * (with the names written after {@code extends}/{@code implements}, to find implementations), the capitalized words
 * it mentions anywhere (the token index of readers of changed types) and whether it reads Spring configuration.
 * A single pass over the characters; never fails, whatever the bytes.
 *
 * @param packageName  the declared package, or empty
 * @param types        declared types, outer before inner
 * @param words        every word of the text (code, comments and strings alike, as a {@code \b}-regex would see it)
 *                     that starts with an upper-case ASCII letter
 * @param readsConfig  whether the text contains an annotation that reads configuration properties
 * @param registersMappers whether the text contains a package-scan registration ({@code @MapperScan})
 */
record SourceFacts(String packageName, List<DeclaredType> types, Set<String> words, boolean readsConfig,
                   boolean registersMappers) {

    /** A declared type: qualified name as the front end spells it ({@code pkg.Outer.Inner}) and supertype words. */
    record DeclaredType(String qualifiedName, Set<String> supertypeWords) {
        String simpleName() {
            return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        }
    }

    /** Annotations that read Spring configuration: their files matter when a properties/YAML file changed. */
    static final List<String> CONFIG_READERS = List.of("@Value(", "@Retry(", "@TimeLimiter(",
            "@ConfigurationProperties", "@FeignClient(");
    static final List<String> REGISTRATIONS = List.of("@MapperScan");

    /** The facts of a file; a file that cannot be read declares nothing (the parse reports it, if it is needed). */
    static SourceFacts scanFile(dev.opsdiff.source.SourceFile file) {
        String text;
        try {
            text = file.text();
        } catch (RuntimeException e) {
            return new SourceFacts("", List.of(), Set.of(), false, false);
        }
        return scan(text);
    }

    static SourceFacts scan(String text) {
        boolean readsConfig = CONFIG_READERS.stream().anyMatch(text::contains);
        boolean registers = REGISTRATIONS.stream().anyMatch(text::contains);
        return new Declarations(text).scan(words(text), readsConfig, registers);
    }

    /** Words of {@code [A-Za-z0-9_]} starting with {@code A-Z}, bounded the way {@code \b} bounds them. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (c >= 'A' && c <= 'Z') {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** The code tokens of a file (comments, strings and characters skipped) read for declarations only. */
    private static final class Declarations {
        private final String text;
        private int pos;

        Declarations(String text) {
            this.text = text;
        }

        private record Open(String qualifiedName, int depth) {
        }

        SourceFacts scan(Set<String> words, boolean readsConfig, boolean registers) {
            String pkg = "";
            List<DeclaredType> types = new ArrayList<>();
            Deque<Open> open = new ArrayDeque<>();
            int depth = 0;
            String previous = "";
            String token;
            while ((token = next()) != null) {
                switch (token) {
                    case "{" -> depth++;
                    case "}" -> {
                        depth = Math.max(0, depth - 1);
                        while (!open.isEmpty() && open.peek().depth() > depth) {
                            open.pop();
                        }
                    }
                    case "package" -> {
                        if (depth == 0 && types.isEmpty() && pkg.isEmpty()) {
                            pkg = qualifiedNameUntilSemicolon();
                        }
                    }
                    case "class", "interface", "enum", "record" -> {
                        if (previous.equals(".") || previous.equals("::")) {
                            break; // Foo.class, a field or method named like a contextual keyword
                        }
                        int mark = pos;
                        String name = next();
                        if (name == null || !isIdentifier(name)) {
                            pos = mark;
                            break;
                        }
                        if (token.equals("record") && !startsRecordHeader()) {
                            pos = mark;
                            break;
                        }
                        String outer = open.isEmpty() ? (pkg.isEmpty() ? "" : pkg + ".") : open.peek().qualifiedName()
                                + ".";
                        Set<String> supers = new HashSet<>();
                        boolean body = header(supers);
                        String qualified = outer + name;
                        types.add(new DeclaredType(qualified, supers));
                        if (body) {
                            depth++;
                            open.push(new Open(qualified, depth));
                        }
                        token = "}"; // the header is consumed; what precedes the next token is a brace
                    }
                    default -> {
                    }
                }
                previous = token;
            }
            return new SourceFacts(pkg, List.copyOf(types), words, readsConfig, registers);
        }

        /** After {@code record Name}: a header follows ({@code (} or type parameters), not a variable. */
        private boolean startsRecordHeader() {
            int mark = pos;
            String t = next();
            pos = mark;
            return "(".equals(t) || "<".equals(t);
        }

        /** Reads up to the body's {@code {}; collects words after extends/implements. False if none came. */
        private boolean header(Set<String> supers) {
            boolean collecting = false;
            String t;
            while ((t = next()) != null) {
                if (t.equals("{")) {
                    return true;
                }
                if (t.equals(";") || t.equals("}")) {
                    return false;
                }
                if (t.equals("extends") || t.equals("implements")) {
                    collecting = true;
                } else if (t.equals("permits")) {
                    collecting = false;
                } else if (collecting && isIdentifier(t)) {
                    supers.add(t);
                }
            }
            return false;
        }

        private String qualifiedNameUntilSemicolon() {
            StringBuilder sb = new StringBuilder();
            String t;
            while ((t = next()) != null && !t.equals(";") && !t.equals("{")) {
                if (t.equals(".") || isIdentifier(t)) {
                    sb.append(t);
                } else if (!t.startsWith("@")) {
                    break;
                }
            }
            return sb.toString();
        }

        /** The next code token: an identifier, or one punctuation character (or {@code ::}); null at the end. */
        private String next() {
            int n = text.length();
            while (pos < n) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '/') {
                    int nl = text.indexOf('\n', pos);
                    pos = nl < 0 ? n : nl + 1;
                } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '*') {
                    int end = text.indexOf("*/", pos + 2);
                    pos = end < 0 ? n : end + 2;
                } else if (c == '"') {
                    skipString();
                } else if (c == '\'') {
                    skipQuoted('\'');
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = pos;
                    while (pos < n && Character.isJavaIdentifierPart(text.charAt(pos))) {
                        pos++;
                    }
                    return text.substring(start, pos);
                } else if (c == ':' && pos + 1 < n && text.charAt(pos + 1) == ':') {
                    pos += 2;
                    return "::";
                } else {
                    pos++;
                    return String.valueOf(c);
                }
            }
            return null;
        }

        private void skipString() {
            if (text.startsWith("\"\"\"", pos)) {
                int i = pos + 3;
                while (i < text.length()) {
                    if (text.charAt(i) == '\\') {
                        i += 2;
                    } else if (text.startsWith("\"\"\"", i)) {
                        pos = i + 3;
                        return;
                    } else {
                        i++;
                    }
                }
                pos = text.length();
                return;
            }
            skipQuoted('"');
        }

        /** A string or character literal; it cannot span lines, so a stray quote ends at the line's end. */
        private void skipQuoted(char quote) {
            int i = pos + 1;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote || c == '\n') {
                    pos = i + 1;
                    return;
                } else {
                    i++;
                }
            }
            pos = n;
        }

        private static boolean isIdentifier(String t) {
            return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
        }
    }
}
