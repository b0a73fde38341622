package dev.opsdiff.rules;

import dev.opsdiff.guard.EntryPoints;
import dev.opsdiff.guard.ProtectionAnalysis;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.rules.support.AuthorizationChecks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A public method that checked authorization before — a security annotation on it or its class, or a permission,
 * role or ownership check in it or the helpers it calls — checks none after the change. A check replaced by another
 * check is not a removal.
 */
public final class AuthorizationRemovedRule implements Rule {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern LOGGER = java.util.regex.Pattern.compile("(?i)(this\\.)?(log|logger|LOG|LOGGER)");
    public static final String ID = "authorization-removed";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "AuthorizationRemoved", Level.ERROR,
            "An entry point that checked authorization before (a security annotation, a permission, role or "
                    + "ownership check in it or its helpers) no longer checks any.",
            List.of("security", "authorization", "refactoring"), "medium", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        if (!pair.after().hasModifier("public") || pair.after().hasModifier("static") || !pair.after().hasBody()) {
            return;
        }
        // A permission validator rewriting how it decides (hasAssignRolePermission) is the check, not an entry point.
        if (context.afterSide().program().catalog().isAuthorizationCheck(pair.after().name())) {
            return;
        }
        // Nothing left to protect (the method now only throws "not supported"): no check to miss.
        if (context.after().all().isEmpty()
                && pair.after().calls().stream().noneMatch(AuthorizationRemovedRule::work)) {
            return;
        }
        List<AuthorizationChecks.Check> before = checks(context.beforeSide()).of(pair.before());
        AuthorizationChecks after = checks(context.afterSide());
        if (before.isEmpty() || !after.of(pair.after()).isEmpty() || after.checkedByCallers(pair.after())) {
            return;
        }
        // Last: classifying the method as an entry point (catalog annotations, supertypes, wiring conventions, a
        // subclass index built on first use) costs the most, and few pairs get this far.
        if (entryPoints(context.afterSide()).repeat(pair.after()).isEmpty()) {
            return;
        }
        String lost = before.stream().map(AuthorizationChecks.Check::text).distinct().limit(3)
                .collect(Collectors.joining(", "));
        String message = "`" + pair.after().displayName() + "` no longer checks authorization: before, it applied "
                + lost + "; after the change no annotation, permission, role or ownership check is left on its path.";
        Map<String, Object> properties = new TreeMap<>();
        properties.put("lostChecks", before.stream().map(AuthorizationChecks.Check::text).distinct().toList());
        String fingerprint = ID + "|" + pair.after().declaringType() + "#" + pair.after().name();
        context.report(new Finding(ID, null, message, pair.after().location(), pair.after().id(),
                List.of(new RelatedLocation(pair.after().location(), "the entry point")), List.of(), properties,
                fingerprint, null));
    }

    /** A call that does something: not building an exception, not logging. */
    private static boolean work(dev.opsdiff.model.CallSite c) {
        return !c.name().equals(dev.opsdiff.model.CallSite.CONSTRUCTOR)
                && !LOGGER.matcher(c.receiver().text()).matches();
    }

    /** Web handlers, listeners, jobs and public methods of beans (the catalog's entry points), once per program. */
    private static EntryPoints entryPoints(PairContext.Side side) {
        return side.program().analysis(Entries.class,
                p -> new Entries(new ProtectionAnalysis(p, side.catalog(), false).entryPoints())).points();
    }

    private static AuthorizationChecks checks(PairContext.Side side) {
        return side.program().analysis(AuthorizationChecks.class, AuthorizationChecks::new);
    }

    /** This rule's entry points of a program, memoized on the program under a key of the rule's own. */
    private record Entries(EntryPoints points) {
    }
}
