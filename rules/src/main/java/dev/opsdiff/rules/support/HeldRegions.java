package dev.opsdiff.rules.support;

import dev.opsdiff.catalog.ProxyApi;
import dev.opsdiff.catalog.RegionApi;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.summary.Hop;
import dev.opsdiff.summary.Occurrence;

import java.util.List;
import java.util.Optional;

/**
 * Whether an effect runs while something is held: a transaction or a lock, opened by an annotation applied through
 * the bean's proxy ({@code @Transactional} on a method, or on the class for its public methods), a
 * {@code synchronized} method, the callback of a region call ({@code transactionTemplate.execute(..)}), or the calls
 * between a region's enter and exit on the same receiver ({@code lock.lock() .. lock.unlock()}).
 */
public final class HeldRegions {
    /** What holds the effect: described for messages, placed at the method or call that opens it. */
    public record Region(String opener, String holds, dev.opsdiff.model.Location location) {
    }

    private final ResolvedProgram program;

    public HeldRegions(ResolvedProgram program) {
        this.program = program;
    }

    /** The outermost region the occurrence's effect runs in, walking its path from {@code entry}. */
    public Optional<Region> around(MethodModel entry, Occurrence o) {
        Optional<Region> annotated = annotated(entry);
        if (annotated.isPresent()) {
            return annotated;
        }
        List<Hop> path = o.path();
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            MethodModel m = program.program().method(hop.methodId()).orElse(null);
            if (m == null) {
                continue;
            }
            // A method entered through another object's proxy opens its annotated region; a self-call does not.
            boolean throughProxy = i > 0 && !ProxyCalls.onSameObject(path.get(i - 1).site());
            if (i > 0 && (throughProxy || m.modifiers().contains("synchronized"))) {
                Optional<Region> r = throughProxy ? annotated(m) : synchronizedRegion(m);
                if (r.isPresent()) {
                    return r;
                }
            }
            Optional<Region> inBody = inBody(m, hop.site());
            if (inBody.isPresent()) {
                return inBody;
            }
        }
        return Optional.empty();
    }

    private Optional<Region> annotated(MethodModel m) {
        if (m.modifiers().contains("private")) {
            return synchronizedRegion(m);
        }
        for (ProxyApi p : program.proxiesOn(m, true)) {
            if (p.holds() != null && !p.holds().isBlank()) {
                return Optional.of(new Region(ProxyCalls.annotationOn(m, p) + " `" + m.displayName() + "`", p.holds(),
                        m.location()));
            }
        }
        return synchronizedRegion(m);
    }

    private static Optional<Region> synchronizedRegion(MethodModel m) {
        return m.modifiers().contains("synchronized")
                ? Optional.of(new Region("synchronized `" + m.displayName() + "`", "the object's monitor",
                m.location())) : Optional.empty();
    }

    /** A region opened inside {@code m}'s body around {@code site}: a region callback, or enter .. exit. */
    private Optional<Region> inBody(MethodModel m, CallSite site) {
        List<ResolvedCall> calls = program.calls(m);
        TypeModel owner = program.program().type(m.declaringType()).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        for (int x = site.callbackOf(); x >= 0 && x < calls.size(); x = calls.get(x).site().callbackOf()) {
            CallSite c = calls.get(x).site();
            Optional<RegionApi> r = region(c, owner);
            if (r.isPresent() && r.get().callbacks() != null && r.get().callbacks().contains(c.name())) {
                return Optional.of(new Region("`" + c.shortText() + "`", r.get().holds(), c.location()));
            }
        }
        for (ResolvedCall enter : calls) {
            CallSite c = enter.site();
            if (c.index() >= site.index()) {
                break;
            }
            Optional<RegionApi> r = region(c, owner);
            if (r.isEmpty() || r.get().enter() == null || !r.get().enter().contains(c.name())) {
                continue;
            }
            if (closedBetween(calls, c, site, r.get())) {
                continue;
            }
            return Optional.of(new Region("`" + c.shortText() + "`", r.get().holds(), c.location()));
        }
        return Optional.empty();
    }

    /** An exit on the same receiver between the enter and the site: the site runs after the region closed. */
    private static boolean closedBetween(List<ResolvedCall> calls, CallSite enter, CallSite site, RegionApi r) {
        for (int i = enter.index() + 1; i < site.index() && i < calls.size(); i++) {
            CallSite c = calls.get(i).site();
            if (r.exit() != null && r.exit().contains(c.name())
                    && c.receiver().text().equals(enter.receiver().text())) {
                return true;
            }
        }
        return false;
    }

    private Optional<RegionApi> region(CallSite c, TypeModel owner) {
        Receiver r = c.receiver();
        // Most calls are no region's: skip resolving their receiver's type.
        if (r.typeName() == null || r.typeName().isEmpty() || !program.catalog().isRegionMethod(c.name())) {
            return Optional.empty();
        }
        String type = program.types().resolve(r.typeName(), owner);
        return type == null ? Optional.empty() : program.catalog().regionOf(program.types().closure(type), c.name());
    }


}
