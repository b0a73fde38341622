package dev.opsdiff.rules.support;

import dev.opsdiff.source.InputException;

import java.util.Map;

/** Reads rule options from the configuration, rejecting values a rule cannot use with a clear message. */
public final class Options {
    private Options() {
    }

    /** A number greater than 1 (a factor), or the default when the option is absent. */
    public static double number(Map<String, Object> options, String name, double fallback, String ruleId) {
        Object v = options.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(v.toString().strip());
            } catch (NumberFormatException e) {
                throw new InputException("rules." + ruleId + "." + name + " must be a number, not '" + v + "'");
            }
        }
        if (!(d > 1)) {
            throw new InputException("rules." + ruleId + "." + name + " must be greater than 1, not " + v);
        }
        return d;
    }
}
