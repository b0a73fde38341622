package dev.opsdiff.rules;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.ProgramContext;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.ConfiguredObjects;
import dev.opsdiff.rules.support.InlinedWork;
import dev.opsdiff.rules.support.Options;
import dev.opsdiff.rules.support.TimeoutFindings;
import dev.opsdiff.timeout.TimeoutChange;
import dev.opsdiff.timeout.TimeoutDiff;
import dev.opsdiff.timeout.TimeoutIndex;
import dev.opsdiff.timeout.TimeoutSite;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A timeout was raised or lowered by a material factor, removed (the library default applies), disabled, changed unit,
 * or now exceeds an enclosing deadline. Code sites are compared per matched method; class annotations, field
 * initializers and Spring Boot properties once per analysis.
 */
public final class TimeoutChangeRule implements Rule {
    public static final String ID = "timeout-change";
    static final String FACTOR = "factor";
    /** Halving or doubling a timeout changes behaviour under load; smaller tweaks are tuning. */
    static final double DEFAULT_FACTOR = 2.0;
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "TimeoutChange", Level.ERROR,
            "A timeout was removed, disabled, changed unit, now exceeds an enclosing deadline (errors), or was raised "
                    + "or lowered by a material factor (warnings).",
            List.of("reliability", "timeout", "configuration"), "high", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, String> options() {
        return Map.of(FACTOR, "how much a timeout must grow or shrink to be reported (default 2: doubled or halved)");
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        TimeoutIndex before = TimeoutIndex.of(context.beforeSide().program());
        TimeoutIndex after = TimeoutIndex.of(context.afterSide().program());
        List<TimeoutSite> b = before.ofMethod(pair.before());
        if (b.isEmpty()) {
            return; // nothing set before: an added timeout is no risk, and a removed one needs a BEFORE site
        }
        List<TimeoutSite> a = after.ofMethod(pair.after());
        boolean deadline = a.stream().anyMatch(s -> s.spec().isDeadline());
        TimeoutDiff.Context ctx = new TimeoutDiff.Context(
                key -> movedTo(context, after, pair.after(), key),
                site -> removedAt(pair, site, doesIo(context)),
                after.deadlinesAround(pair.after()), before.deadlinesAround(pair.before()),
                deadline ? after.inner(pair.after()) : List.of(), deadline ? before.inner(pair.before()) : List.of());
        for (TimeoutChange c : new TimeoutDiff(factor(context.options())).compare(b, a, ctx)) {
            context.report(TimeoutFindings.of(ID, c, pair.after().id(), pair.after().displayName()));
        }
    }

    @Override
    public void checkProgram(ProgramContext context) {
        TimeoutIndex before = TimeoutIndex.of(context.before());
        TimeoutIndex after = TimeoutIndex.of(context.after());
        TimeoutDiff diff = new TimeoutDiff(factor(context.options()));
        // Spring Boot properties, per profile: moving keys between files or lines of one profile changes nothing.
        Map<String, List<TimeoutSite>> propsAfter = TimeoutFindings.byOwner(after.ofProperties());
        TimeoutFindings.byOwner(before.ofProperties()).forEach((profile, sites) -> {
            List<TimeoutSite> a = propsAfter.getOrDefault(profile, List.of());
            TimeoutDiff.Context ctx = TimeoutDiff.Context.standalone(k -> Optional.empty(),
                    s -> TimeoutFindings.nearestProperty(s, a, after.program().program().configFiles().keySet()));
            diff.compare(sites, a, ctx).forEach(c -> context.report(TimeoutFindings.of(ID, c, null, null)));
        });
        // Class-level annotations and field initializers, paired by type (or by simple name when the package moved).
        // Only types whose AFTER file the change edited: every place such a finding has lies in that file.
        for (TypeModel type : context.before().program().types()) {
            String afterType = after.program().program().type(type.qualifiedName()).isPresent() ? type.qualifiedName()
                    : TimeoutFindings.sameSimpleType(type.qualifiedName(), after.program().program());
            if (afterType == null || !context.edited(after.program().program().type(afterType).get().path())) {
                continue; // the type is gone (nothing in AFTER to point at), or its file is untouched
            }
            Map<String, List<TimeoutSite>> typeAfter = after.ofType(afterType);
            before.ofType(type.qualifiedName()).forEach((owner, sites) -> {
                String afterOwner = afterType + owner.substring(type.qualifiedName().length());
                List<TimeoutSite> a = typeAfter.getOrDefault(afterOwner, List.of());
                TimeoutDiff.Context ctx = TimeoutDiff.Context.standalone(
                        key -> inType(after, afterType, key),
                        x -> TimeoutFindings.typeLocation(after, afterOwner));
                diff.compare(sites, a, ctx).forEach(c -> context.report(TimeoutFindings.of(ID, c, null, null)));
            });
        }
    }

    /** A field's setting may have moved into a constructor or bean method of the same type, or another field. */
    private static Optional<TimeoutSite> inType(TimeoutIndex after, String type, String key) {
        Stream<TimeoutSite> methods = after.program().program().type(type).stream()
                .flatMap(t -> t.methods().stream()).flatMap(m -> after.ofMethod(m).stream());
        Stream<TimeoutSite> fields = after.ofType(type).entrySet().stream()
                .filter(e -> e.getKey().startsWith(type + "#")).flatMap(e -> e.getValue().stream());
        return Stream.concat(methods, fields).filter(s -> TimeoutDiff.baseKey(s.key()).equals(key)).findFirst();
    }

    /** The setting may have moved into a helper the method now calls, a new method of its class, or a field. */
    private static Optional<TimeoutSite> movedTo(PairContext context, TimeoutIndex after, MethodModel m, String key) {
        Stream<TimeoutSite> callees = after.inner(m).stream();
        Stream<TimeoutSite> newMethods = after.program().program().type(m.declaringType()).stream()
                .flatMap(t -> t.methods().stream())
                .filter(x -> context.matching().ofAfter(x).isEmpty())
                .flatMap(x -> after.ofMethod(x).stream());
        Stream<TimeoutSite> fields = after.ofType(m.declaringType()).entrySet().stream()
                .filter(e -> e.getKey().startsWith(m.declaringType() + "#")).flatMap(e -> e.getValue().stream());
        return Stream.of(callees, newMethods, fields).flatMap(s -> s)
                .filter(s -> TimeoutDiff.baseKey(s.key()).equals(key)).findFirst();
    }

    /**
     * A removed setting is reported where AFTER still uses what it bounded: the call that lost its timeout argument
     * ({@code future.get()}), the same builder chain, another call on the same client, or the annotation that lost its
     * attribute. Null when that is gone too (the method no longer blocks, the client was dropped): no risk then.
     */
    private static Location removedAt(MethodPair pair, TimeoutSite removed, Predicate<CallSite> io) {
        List<CallSite> before = pair.before().calls();
        List<CallSite> after = pair.after().calls();
        if (removed.callIndex() < 0) {
            String annotation = removed.what().startsWith("@") ? removed.what().substring(1).split("\\(")[0] : null;
            return pair.after().annotations().stream()
                    .filter(a -> a.simpleName().equals(annotation) && a.location() != null)
                    .map(a -> a.location()).findFirst().orElse(null);
        }
        CallSite call = before.get(removed.callIndex());
        Optional<CallSite> same = sameCall(after, call);
        if (removed.spec().isWait()) {
            // The wait is still there without its bound: the same call, or its unbounded twin (poll → take).
            return same.or(() -> after.stream().filter(c -> removed.spec().unboundedMethods().contains(c.name())
                    && sameReceiver(c.receiver().text(), call.receiver().text())).findFirst())
                    .map(CallSite::location)
                    .or(() -> InlinedWork.anchor(before, after, call, io))
                    .orElse(null);
        }
        if (same.isPresent()) {
            return same.get().location();
        }
        if (removed.chainRoot() >= 0 && removed.chainRoot() != removed.callIndex()) {
            Optional<CallSite> root = sameCall(after, before.get(removed.chainRoot()));
            if (root.isPresent()) {
                return root.get().location();
            }
        }
        String client = call.receiver().text();
        return after.stream()
                .filter(c -> sameReceiver(client, c.receiver().text()) || client.equals(c.assignedTo()))
                .map(CallSite::location).findFirst()
                .or(() -> ConfiguredObjects.anchor(before, after, call, removed.chainRoot()))
                .orElse(null);
    }

    /**
     * Whether an AFTER call of the pair may block on a peer: it reaches a database, the network or a remote cache
     * (itself or through calls), or nothing in view says otherwise — a plugin SPI with no implementation among the
     * sources ({@code alertChannel.get().process(info)}), a library call the catalog does not know. The BEFORE
     * author bounded that work with a wait; only work shown to be computation in the sources loses nothing.
     */
    private static Predicate<CallSite> doesIo(PairContext context) {
        var side = context.afterSide();
        var calls = side.program().calls(context.pair().after());
        return site -> {
            var rc = calls.get(site.index());
            if (side.summaries().doesIo(rc)) {
                return true;
            }
            if (rc.effect() != null || rc.targets().stream().map(id -> side.program().program().method(id))
                    .anyMatch(m -> m.isPresent() && m.get().hasBody())) {
                return false;
            }
            // A typed receiver with no project method behind it is a library object the catalog calls harmless
            // (text.toUpperCase()); an untyped one (a call result, an Optional's value) is unknown work.
            var r = site.receiver().kind();
            return !rc.targets().isEmpty() || r == dev.opsdiff.model.Receiver.Kind.CALL_RESULT
                    || r == dev.opsdiff.model.Receiver.Kind.UNKNOWN;
        };
    }

    private static Optional<CallSite> sameCall(List<CallSite> calls, CallSite like) {
        return calls.stream().filter(c -> c.name().equals(like.name())
                && sameReceiver(c.receiver().text(), like.receiver().text())).findFirst();
    }

    /** {@code bootstrap} and {@code this.bootstrap} name the same field. */
    private static boolean sameReceiver(String a, String b) {
        return strippedThis(a).equals(strippedThis(b));
    }

    private static String strippedThis(String receiver) {
        return receiver.startsWith("this.") ? receiver.substring(5) : receiver;
    }

    static double factor(Map<String, Object> options) {
        return Options.number(options, FACTOR, DEFAULT_FACTOR, ID);
    }
}
