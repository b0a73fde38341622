package dev.opsdiff.model;

import java.util.List;
import java.util.Set;

/**
 * One method call (or method reference, or constructor call) inside a method body.
 *
 * @param index          position in the method's call list (source order)
 * @param name           the invoked method's simple name ({@code <init>} for constructors)
 * @param argCount       number of arguments; -1 for a method reference (arity unknown)
 * @param receiver       what it is invoked on
 * @param loop           index of the innermost enclosing loop of the method, or -1
 * @param conditional    whether it runs only on some paths (if/else, switch, ternary, catch, short-circuit)
 * @param conditionNames simple names read by the conditions guarding it (to spot cache-miss branches); holds
 *                       {@link #IN_CATCH} for a call in a catch block
 * @param callbackOf     index of the call that receives the lambda/method reference this call sits in, or -1
 * @param assignedTo     local variable its result is assigned to, or null
 * @param stringArgs     string literal text among its arguments (SQL, cache keys), concatenated per argument
 * @param args           the arguments as compact expressions (for folding timeouts, budgets, keys)
 * @param guards         conditions that decide whether it runs, innermost last
 * @param catches        exception types caught by try blocks around it, innermost first
 * @param text           the call as written, whitespace folded, for messages
 * @param location       source range of the call
 * @param calleeSignature the overload the compiler chose, as {@link MethodModel#signature()} writes it
 *                       ({@code lookup(long)}: name and erased simple parameter type names as declared), when a
 *                       precise front end resolved it to a method declared in the sources; null otherwise (the
 *                       JavaParser front end never sets it: a call then reaches every overload of its arity)
 */
public record CallSite(int index, String name, int argCount, Receiver receiver, int loop, boolean conditional,
                       Set<String> conditionNames, int callbackOf, String assignedTo, List<String> stringArgs,
                       List<Expr> args, List<GuardRef> guards, List<String> catches, String text,
                       Location location, String calleeSignature) implements java.io.Serializable {
    public static final String CONSTRUCTOR = "<init>";
    /** Marks, among the condition names, a call that runs in a catch block (no identifier can spell it). */
    public static final String IN_CATCH = "<catch>";

    /** Whether the call runs in a catch block: only when something in the try block failed. */
    public boolean inCatchBlock() {
        return conditionNames.contains(IN_CATCH);
    }

    public CallSite withAssignedTo(String variable) {
        return new CallSite(index, name, argCount, receiver, loop, conditional, conditionNames, callbackOf, variable,
                stringArgs, args, guards, catches, text, location, calleeSignature);
    }

    /** This call with the overload a precise front end chose (see {@link #calleeSignature()}). */
    public CallSite withCalleeSignature(String signature) {
        return new CallSite(index, name, argCount, receiver, loop, conditional, conditionNames, callbackOf, assignedTo,
                stringArgs, args, guards, catches, text, location, signature);
    }

    /** {@code receiver.method(...)} with arguments elided, for messages. */
    public String shortText() {
        if (name.equals(CONSTRUCTOR)) {
            return "new " + receiver.text() + "(...)";
        }
        String head = receiver.text() == null || receiver.text().equals("this") ? "" : receiver.text() + ".";
        return head + name + (isMethodReference() ? "" : argCount == 0 ? "()" : "(...)");
    }

    /**
     * {@link #shortText()}, with a long fluent chain keeping its head and the call:
     * {@code partner.post()….body(...)}.
     */
    public String shortChainText() {
        String full = shortText();
        String r = receiver.text();
        if (receiver.kind() != Receiver.Kind.CALL_RESULT || r.split("\\)\\.", -1).length <= 2) {
            return full;
        }
        int open = r.indexOf('(');
        String head = r.substring(0, open) + (r.startsWith("()", open) ? "()" : "(...)");
        return head + "…." + name + (argCount == 0 ? "()" : "(...)");
    }

    public boolean isMethodReference() {
        return argCount < 0;
    }
}
