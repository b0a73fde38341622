package dev.opsdiff.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry for a timeout setting (section {@code timeouts:} of catalog files). Every field is optional; an entry
 * describes one of:
 * <ul>
 *   <li>setters/builder methods/constructors: {@code types} (receiver or call-chain root) + {@code methods}
 *       ({@code <init>} for a constructor);</li>
 *   <li>annotations: {@code annotations} with the value in {@code attribute} (or in a named instance's
 *       {@code properties});</li>
 *   <li>Spring Boot properties: {@code properties} key patterns ({@code *} matches one segment);</li>
 *   <li>duration factories ({@code factories}): how {@code Duration.ofSeconds(5)} or {@code Timeout.ofMilliseconds(5)}
 *       turn into a duration.</li>
 * </ul>
 *
 * @param library       label, e.g. "OkHttp"
 * @param types         qualified receiver types (builders, configs, clients) or factory owner types
 * @param methods       setter/builder method names
 * @param annotations   qualified annotation names
 * @param properties    property key patterns in canonical kebab form
 * @param setting       what the value limits (connect, read, query, transaction ...), default: the method name
 * @param unit          unit of a bare number: ns, us, ms, s, min, h, d
 * @param argument      index of the value among the arguments (default 0); a TimeUnit/ChronoUnit right after it is its unit
 * @param argCount      only calls with exactly this many arguments ({@code Future#get(long, TimeUnit)} is 2)
 * @param arguments     several values in one call: setting name to argument index ({@code new Request.Options(...)})
 * @param attribute     annotation attribute holding the value (default {@code value})
 * @param unitAttribute annotation attribute holding a unit for the value
 * @param nameAttribute annotation attribute naming a configured instance whose {@code properties} hold the value
 * @param defaultValue  what applies when the setting is absent: a duration ({@code 10s}), {@code infinite} or
 *                      {@code none}
 * @param infiniteWhenNonPositive whether 0 or a negative value means "no timeout"
 * @param deadline      whether it bounds everything that runs inside it (transaction, time limiter), so an inner
 *                      timeout longer than it is useless
 * @param waits         whether the call itself is the wait ({@code future.get(5, SECONDS)}, {@code mono.block(d)}): losing
 *                      the timeout matters only while the same call remains (then without a bound)
 * @param factories     factory method to unit, {@code unit-arg} ({@code of(5, ChronoUnit.SECONDS)}) or {@code iso}
 *                      ({@code parse("PT5S")})
 * @param settings      free-form attributes for later analyses
 * @param zeroIsNoWait  whether 0 means "do not wait at all" ({@code future.get(0, MILLISECONDS)}, {@code poll(0, ..)},
 *                      {@code tryLock(0, ..)}), as opposed to {@code infiniteWhenNonPositive} (0 means "no timeout")
 * @param unboundedBy   for waits: methods on the same receiver that wait on the same thing without a bound
 *                      ({@code take} for {@code poll(t, u)}, {@code lock} for {@code tryLock(t, u)}, {@code join} for a
 *                      future's {@code get(t, u)}); the same method without the timeout argument always counts
 * @param keys          for settings passed by name ({@code props.put("mail.smtp.timeout", ..)},
 *                      {@code .property(ClientProperties.READ_TIMEOUT, ..)}, {@code .option(ChannelOption.X, ..)}): the
 *                      call counts only when its key argument is one of these, a string or a {@code Type.CONSTANT}
 * @param keyArgument   index of the key argument (default 0)
 */
public record TimeoutApi(String library, List<String> types, List<String> methods, List<String> annotations,
                         List<String> properties, String setting, String unit, Integer argument, Integer argCount,
                         Map<String, Integer> arguments, String attribute, String unitAttribute, String nameAttribute,
                         @JsonProperty("default") String defaultValue, Boolean infiniteWhenNonPositive,
                         Boolean deadline, Boolean waits, Map<String, String> factories, Map<String, Object> settings,
                         Boolean zeroIsNoWait, List<String> unboundedBy, List<String> keys, Integer keyArgument) {

    public boolean isDeadline() {
        return Boolean.TRUE.equals(deadline);
    }

    public boolean isWait() {
        return Boolean.TRUE.equals(waits);
    }

    public boolean nonPositiveIsInfinite() {
        return Boolean.TRUE.equals(infiniteWhenNonPositive);
    }

    public boolean zeroMeansNoWait() {
        return Boolean.TRUE.equals(zeroIsNoWait);
    }

    public List<String> unboundedMethods() {
        return unboundedBy == null ? List.of() : unboundedBy;
    }

    /** Whether a call's key argument (its string value, or its text such as {@code ClientProperties.READ_TIMEOUT}) names this setting. */
    public boolean keyMatches(String value, String text) {
        if (keys == null || keys.isEmpty()) {
            return true;
        }
        for (String k : keys) {
            if (k.equals(value) || k.equals(text) || text != null && text.endsWith("." + k)) {
                return true;
            }
        }
        return false;
    }

    public int keyIndex() {
        return keyArgument == null ? 0 : keyArgument;
    }

    public int valueArgument() {
        return argument == null ? 0 : argument;
    }
}
