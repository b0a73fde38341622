package dev.opsdiff.rules.support;

import dev.opsdiff.model.Location;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.timeout.TimeoutChange;
import dev.opsdiff.timeout.TimeoutIndex;
import dev.opsdiff.timeout.TimeoutSite;
import dev.opsdiff.timeout.TimeoutValues;
import dev.opsdiff.values.Units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds timeout-change findings: one sentence naming the setting and both values, properties with the numbers. */
public final class TimeoutFindings {
    private TimeoutFindings() {
    }

    public static Finding of(String ruleId, TimeoutChange c, String ownerMethod, String ownerName) {
        TimeoutSite b = c.before();
        TimeoutSite a = c.after();
        String subject = subject(a != null ? a : b);
        boolean property = b.owner().startsWith("properties:");
        String message = switch (c.kind()) {
            case REMOVED -> b.spec().isWait() && TimeoutValues.defaultMillis(b.spec()).filter(d -> d.isInfinite())
                    .isPresent()
                    ? subject + " removed: the wait is now unbounded (before: " + b.describe() + " at `" + b.what()
                    + "`)."
                    : subject + " was removed (before: " + b.describe() + " at `" + b.what() + "`); "
                    + TimeoutValues.describeDefault(b.spec()) + ".";
            case DISABLED -> subject + shown(a, property) + " now means no timeout: it now waits forever (before: "
                    + b.describe() + ").";
            case NO_WAIT -> subject + shown(a, property) + " no longer waits: 0 gives up at once (before: it waited up to "
                    + b.describe() + ")" + via(c) + ".";
            case UNIT_CHANGED -> subject + shown(a, property) + " changed unit from " + unit(b) + " to " + unit(a)
                    + ": " + b.describe() + " became " + a.describe() + ratio(b, a) + ".";
            case EXCEEDS_DEADLINE -> exceeds(subject, c);
            case RAISED, LOWERED -> b.millis() == 0 && b.spec().zeroMeansNoWait()
                    ? subject + shown(a, property) + " now waits up to " + a.describe() + " where it did not wait before"
                    + via(c) + "."
                    : subject + shown(a, property) + " " + c.kind().id() + " from " + b.describe() + " to "
                    + a.describe() + ratio(b, a) + via(c) + ".";
        };
        Level level = c.kind().severe() ? Level.ERROR : Level.WARNING;
        return new Finding(ruleId, level, message, c.at(), ownerMethod, related(c), List.of(), properties(c, ownerName),
                ruleId + "|" + (ownerMethod != null ? ownerMethod.replaceAll("\\(.*", "") : b.owner()) + "|" + b.key()
                        + "|" + c.kind().id(), null);
    }

    /** " (×40)", or nothing when a value is zero or infinite and no ratio means anything. */
    private static String ratio(TimeoutSite b, TimeoutSite a) {
        String r = Units.ratio(b.millis(), a.millis());
        return r.isEmpty() || r.contains("Infinity") ? "" : " (" + r + ")";
    }

    /** The expression after the subject; a property's key is already in the subject. */
    private static String shown(TimeoutSite s, boolean property) {
        return property ? "" : " `" + s.what() + "`";
    }

    /** "OkHttp read timeout", "Spring Boot Hikari connection timeout `spring.datasource.hikari.connection-timeout`". */
    private static String subject(TimeoutSite s) {
        String what = s.owner().startsWith("properties:") ? " `" + s.what() + "`" : "";
        String setting = s.spec().setting() == null ? "" : s.spec().setting();
        String noun = setting.endsWith("deadline") || setting.endsWith("timeout") ? setting
                : (setting.isEmpty() ? "" : setting + " ") + "timeout";
        return s.spec().library() + " " + noun + what;
    }

    private static String exceeds(String subject, TimeoutChange c) {
        TimeoutSite a = c.after();
        TimeoutSite other = c.other();
        if (a.spec().isDeadline()) {
            return subject + " `" + a.what() + "` cut from " + c.before().describe() + " to " + a.describe()
                    + ", shorter than the " + other.describe() + " " + other.spec().library() + " "
                    + other.spec().setting() + " timeout `" + other.what() + "` it encloses.";
        }
        return subject + " `" + a.what() + "` raised from " + c.before().describe() + " to " + a.describe()
                + ", longer than the enclosing " + other.describe() + " deadline `" + other.what() + "`.";
    }

    private static String unit(TimeoutSite s) {
        return s.value().unit().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** ", set by `READ_TIMEOUT = Duration.ofSeconds(30)`" when the edited line is a constant or property. */
    private static String via(TimeoutChange c) {
        if (c.after() == null || c.at().equals(c.after().location()) || c.after().value() == null) {
            return "";
        }
        return c.after().value().trail().stream().filter(o -> c.at().equals(o.location())).findFirst()
                .map(o -> ", set by `" + o.text() + "`").orElse("");
    }

    private static List<RelatedLocation> related(TimeoutChange c) {
        List<RelatedLocation> out = new ArrayList<>();
        if (c.after() != null && !c.after().location().equals(c.at())) {
            out.add(new RelatedLocation(c.after().location(), "the timeout is applied here"));
        }
        if (c.other() != null) {
            out.add(new RelatedLocation(c.other().location(), c.other().spec().isDeadline()
                    ? "enclosing deadline " + c.other().describe() : "inner timeout " + c.other().describe()));
        }
        return out;
    }

    private static Map<String, Object> properties(TimeoutChange c, String ownerName) {
        Map<String, Object> p = new TreeMap<>();
        TimeoutSite b = c.before();
        TimeoutSite a = c.after();
        p.put("kind", c.kind().id());
        p.put("library", b.spec().library());
        if (b.spec().setting() != null) {
            p.put("setting", b.spec().setting());
        }
        p.put("valueBefore", b.describe());
        p.put("millisBefore", millisValue(b.millis()));
        if (a != null) {
            p.put("valueAfter", a.describe());
            p.put("millisAfter", millisValue(a.millis()));
        } else {
            p.put("valueAfter", TimeoutValues.describeDefault(b.spec()));
            TimeoutValues.defaultMillis(b.spec()).ifPresent(ms -> p.put("millisAfter", millisValue(ms)));
        }
        if (c.other() != null) {
            p.put(c.other().spec().isDeadline() ? "deadline" : "innerTimeout", c.other().describe());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("file", b.location().path());
        before.put("line", b.location().line());
        if (ownerName != null) {
            before.put("method", ownerName);
        }
        before.put("snippet", b.owner().startsWith("properties:") ? b.text() : b.what());
        p.put("before", before);
        return p;
    }

    /** SARIF property bags hold JSON numbers; "no timeout" is written as a string. */
    private static Object millisValue(Double ms) {
        if (ms == null) {
            return "unknown";
        }
        if (ms.isInfinite()) {
            return "infinite";
        }
        return ms == Math.rint(ms) ? (Object) ms.longValue() : ms;
    }

    public static Map<String, List<TimeoutSite>> byOwner(Collection<TimeoutSite> sites) {
        Map<String, List<TimeoutSite>> out = new LinkedHashMap<>();
        sites.forEach(s -> out.computeIfAbsent(s.owner(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /**
     * Where to report a property that is gone: the AFTER line of the key that shares the longest prefix with it (its
     * former neighbour), else the first line of a config file with the same name.
     */
    public static Location nearestProperty(TimeoutSite removed, List<TimeoutSite> after, Collection<String> files) {
        TimeoutSite best = null;
        int bestLength = -1;
        for (TimeoutSite s : after) {
            int common = commonPrefix(s.key(), removed.key());
            if (common > bestLength) {
                best = s;
                bestLength = common;
            }
        }
        if (best != null) {
            return best.location();
        }
        String name = removed.location().path().substring(removed.location().path().lastIndexOf('/') + 1);
        String file = files.stream().filter(f -> f.endsWith("/" + name) || f.equals(name)).findFirst()
                .orElse(removed.location().path());
        return new Location(file, 1, 1, 1, 1);
    }

    private static int commonPrefix(String x, String y) {
        int n = 0;
        while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The AFTER type with the same simple name as a BEFORE type that moved package, when there is exactly one. */
    public static String sameSimpleType(String type, dev.opsdiff.model.ProgramModel after) {
        List<dev.opsdiff.model.TypeModel> candidates = after.typesNamed(type.substring(type.lastIndexOf('.') + 1));
        return candidates.size() == 1 ? candidates.get(0).qualifiedName() : null;
    }

    /** The AFTER field (for {@code Type#field}) or type that no longer sets a timeout. */
    public static Location typeLocation(TimeoutIndex after, String owner) {
        String type = owner.contains("#") ? owner.substring(0, owner.indexOf('#')) : owner;
        String field = owner.contains("#") ? owner.substring(owner.indexOf('#') + 1) : null;
        return after.program().program().type(type)
                .map(t -> field != null && t.field(field).isPresent() ? t.field(field).get().location() : t.location())
                .orElse(new Location("?", 1, 1, 1, 1));
    }
}
