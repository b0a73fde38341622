package dev.opsdiff.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A method or constructor, reduced to what the analysis needs; the syntax tree is dropped after building it.
 * A class rather than a record: its id and signature are keys on every hot path (matching, summaries), so they are
 * computed once, and identity equality avoids hashing whole bodies.
 */
public final class MethodModel implements java.io.Serializable {
    private final String declaringType;
    private final String name;
    private final List<Parameter> parameters;
    private final String returnType;
    private final List<Annotation> annotations;
    private final Set<String> modifiers;
    private final boolean hasBody;
    private final Location location;
    private final List<CallSite> calls;
    private final List<Loop> loops;
    private final List<Guard> guards;
    private final List<String> bodyTokens;
    private final Set<String> suppressions;
    private final String signature;
    private final String id;
    /** Made on first use: asked for every hop of every path the analyses build. */
    private transient String displayName;

    /**
     * @param declaringType qualified name of the declaring type
     * @param guards        conditions that decide whether later calls run (see {@link CallSite#guards()})
     * @param bodyTokens    the body's tokens with identifiers and literals kept, whitespace and comments dropped;
     *                      used for similarity when matching renamed or moved methods
     * @param suppressions  rule ids suppressed by {@code @SuppressWarnings("opsdiff:<id>")} on the method or its types
     */
    public MethodModel(String declaringType, String name, List<Parameter> parameters, String returnType,
                       List<Annotation> annotations, Set<String> modifiers, boolean hasBody, Location location,
                       List<CallSite> calls, List<Loop> loops, List<Guard> guards, List<String> bodyTokens,
                       Set<String> suppressions) {
        this.declaringType = declaringType;
        this.name = name;
        this.parameters = parameters;
        this.returnType = returnType;
        this.annotations = annotations;
        this.modifiers = modifiers;
        this.hasBody = hasBody;
        this.location = location;
        this.calls = calls;
        this.loops = loops;
        this.guards = guards;
        this.bodyTokens = bodyTokens;
        this.suppressions = suppressions;
        this.signature = name + parameters.stream().map(p -> simple(p.typeName()))
                .collect(Collectors.joining(",", "(", ")"));
        this.id = declaringType + "#" + signature;
    }

    public String declaringType() {
        return declaringType;
    }

    public String name() {
        return name;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public String returnType() {
        return returnType;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public Set<String> modifiers() {
        return modifiers;
    }

    public boolean hasBody() {
        return hasBody;
    }

    public Location location() {
        return location;
    }

    public List<CallSite> calls() {
        return calls;
    }

    public List<Loop> loops() {
        return loops;
    }

    public List<Guard> guards() {
        return guards;
    }

    public List<String> bodyTokens() {
        return bodyTokens;
    }

    public Set<String> suppressions() {
        return suppressions;
    }

    /** Name and erased simple parameter types, e.g. {@code price(Cart)}. */
    public String signature() {
        return signature;
    }

    /** Unique id within a program: {@code com.acme.PricingService#price(Cart)}. */
    public String id() {
        return id;
    }

    /** Short name for messages: {@code PricingService.price}. */
    public String displayName() {
        String d = displayName;
        if (d == null) {
            d = simple(declaringType) + "." + name;
            displayName = d; // a race makes an equal string twice: harmless
        }
        return d;
    }

    public boolean isConstructor() {
        return CallSite.CONSTRUCTOR.equals(name);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }

    public boolean hasAnnotation(String simpleName) {
        return annotations.stream().anyMatch(a -> a.simpleName().equals(simpleName));
    }

    public Loop loop(int index) {
        return index < 0 ? null : loops.get(index);
    }

    /** Whether the call runs inside that loop of this method, directly or in a loop nested in it. */
    public boolean runsIn(CallSite call, int loop) {
        for (Loop l = loop(call.loop()); l != null; l = loop(l.parent())) {
            if (l.index() == loop) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return id;
    }

    static String simple(String typeName) {
        if (typeName == null) {
            return "?";
        }
        int dot = typeName.lastIndexOf('.');
        return dot < 0 ? typeName : typeName.substring(dot + 1);
    }

    /** A getter's field: the body is {@code { return f; }} or {@code { return this.f; }} and takes nothing; else null. */
    public String returnedField() {
        List<String> t = bodyTokens;
        if (!parameters.isEmpty()) {
            return null;
        }
        if (t.size() == 5 && t.get(1).equals("return") && t.get(3).equals(";")) {
            return t.get(2);
        }
        if (t.size() == 7 && t.get(1).equals("return") && t.get(2).equals("this") && t.get(3).equals(".")
                && t.get(5).equals(";")) {
            return t.get(4);
        }
        return null;
    }

    /** A setter's field: the body only stores the one parameter ({@code { f = p; }}, {@code { this.f = p; }}); else null. */
    public String storedField() {
        List<String> t = bodyTokens;
        if (parameters.size() != 1) {
            return null;
        }
        String param = parameters.get(0).name();
        if (t.size() == 6 && t.get(2).equals("=") && t.get(3).equals(param) && t.get(4).equals(";")) {
            return t.get(1);
        }
        if (t.size() == 8 && t.get(1).equals("this") && t.get(2).equals(".") && t.get(4).equals("=")
                && t.get(5).equals(param) && t.get(6).equals(";")) {
            return t.get(3);
        }
        return null;
    }
}
