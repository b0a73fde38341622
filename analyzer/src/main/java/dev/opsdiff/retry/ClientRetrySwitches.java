package dev.opsdiff.retry;

import dev.opsdiff.catalog.RetryApi;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.source.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clients that retry on their own unless told not to: Apache HttpClient's retry handler, OkHttp's retry on
 * connection failure (catalog {@code retry:} entries with {@code settings.clientRetries}). A method that built its
 * client with the retries turned off ({@code HttpClients.custom().disableAutomaticRetries().build()}) and now builds
 * it without ({@code HttpClients.createDefault()}) multiplies every request it sends by the client's attempts.
 */
public final class ClientRetrySwitches {
    /** The switch BEFORE turned off and AFTER no longer does, with the AFTER call that builds the client. */
    public record LostSwitch(String library, CallSite disabledBy, CallSite builtBy, long attempts) {
    }

    private record Switch(String library, List<String> disable, String disableArgument, List<String> builders,
                          List<String> builderTypes, long attempts) {
    }

    private final List<Switch> switches = new ArrayList<>();

    private ClientRetrySwitches(ResolvedProgram program) {
        for (RetryApi r : program.catalog().retries()) {
            Map<String, Object> s = r.settings();
            if (s == null || !Boolean.parseBoolean(String.valueOf(s.get("clientRetries")))) {
                continue;
            }
            switches.add(new Switch(r.library(), strings(s.get("disable")),
                    s.get("disableArgument") == null ? null : String.valueOf(s.get("disableArgument")),
                    strings(s.get("builders")), strings(s.get("builderTypes")),
                    attempts(r.library(), s.getOrDefault("attempts", "2"))));
        }
    }

    /** The switches of the program's catalog, read once per program (the rule asks for every pair). */
    public static ClientRetrySwitches of(ResolvedProgram program) {
        return program.analysis(ClientRetrySwitches.class, ClientRetrySwitches::new);
    }

    public Optional<LostSwitch> lost(MethodModel before, MethodModel after) {
        for (Switch w : switches) {
            Optional<CallSite> off = before.calls().stream().filter(c -> disables(w, c)).findFirst();
            if (off.isEmpty() || builder(w, before).isEmpty()
                    || after.calls().stream().anyMatch(c -> disables(w, c))) {
                continue;
            }
            Optional<CallSite> built = builder(w, after);
            if (built.isPresent()) {
                return Optional.of(new LostSwitch(w.library(), off.get(), built.get(), w.attempts()));
            }
        }
        return Optional.empty();
    }

    private static boolean disables(Switch w, CallSite c) {
        if (!w.disable().contains(c.name())) {
            return false;
        }
        return w.disableArgument() == null || c.args().size() == 1
                && c.args().get(0).text().equals(w.disableArgument());
    }

    /** A call that builds the client: a builder method on one of the types, directly or at the root of its chain. */
    private static Optional<CallSite> builder(Switch w, MethodModel m) {
        return m.calls().stream().filter(c -> w.builders().contains(c.name()) && rootedIn(w, m, c)).findFirst();
    }

    private static boolean rootedIn(Switch w, MethodModel m, CallSite c) {
        Receiver r = c.receiver();
        for (int hops = 0; hops < 16; hops++) {
            String type = r.typeName() != null ? r.typeName() : r.text();
            if (type != null && w.builderTypes().contains(type.substring(type.lastIndexOf('.') + 1))) {
                return true;
            }
            if (r.kind() != Receiver.Kind.CALL_RESULT || r.chainedCall() < 0 || r.chainedCall() >= m.calls().size()) {
                return false;
            }
            r = m.calls().get(r.chainedCall()).receiver();
        }
        return false;
    }

    /** A user's catalog mistake is an input error (exit 2), not a crash. */
    private static long attempts(String library, Object value) {
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new InputException("catalog retry entry '" + library + "': settings.attempts must be a number, got '"
                    + value + "'");
        }
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
