package dev.opsdiff.cli;

import picocli.CommandLine;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/** {@code --color=auto|always|never}: whether the text report on standard output gets ANSI colours. */
enum ColorChoice {
    AUTO, ALWAYS, NEVER;

    /**
     * @param env      the process environment ({@code NO_COLOR}, {@code TERM})
     * @param terminal whether standard output is a terminal
     */
    boolean enabled(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            // no-color.org: NO_COLOR set to anything but the empty string turns colour off. A dumb terminal
            // (Emacs shell, some CI log viewers) shows escape sequences as garbage.
            case AUTO -> terminal && isBlank(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
    }

    /**
     * Whether this JVM's standard output is a terminal. Up to Java 21, {@link System#console()} exists only when
     * standard input and output both are one; from Java 22 it may exist regardless and {@code isTerminal()} tells.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17-21: a console exists only on a terminal
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static final class Converter implements CommandLine.ITypeConverter<ColorChoice> {
        @Override
        public ColorChoice convert(String value) {
            for (ColorChoice c : values()) {
                if (c.id().equals(value)) {
                    return c;
                }
            }
            throw new CommandLine.TypeConversionException("expected auto, always or never, not '" + value + "'");
        }
    }

    static final class Candidates extends ArrayList<String> {
        Candidates() {
            for (ColorChoice c : values()) {
                add(c.id());
            }
        }
    }
}
