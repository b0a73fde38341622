package dev.opsdiff.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A method or constructor, reduced to what the analysis needs; the syntax tree is dropped after building it.
 *
 * @param declaringType qualified name of the declaring type
 * @param bodyTokens    the body's tokens with identifiers and literals kept, whitespace and comments dropped;
 *                      used for similarity when matching renamed or moved methods
 * @param guards        conditions that decide whether later calls run (see {@link CallSite#guards()})
 * @param suppressions  rule ids suppressed by {@code @SuppressWarnings("opsdiff:<id>")} on the method or its types
 */
public record MethodModel(String declaringType, String name, List<Parameter> parameters, String returnType,
                          List<Annotation> annotations, Set<String> modifiers, boolean hasBody,
                          Location location, List<CallSite> calls, List<Loop> loops, List<Guard> guards,
                          List<String> bodyTokens, Set<String> suppressions) {

    /** Name and erased simple parameter types, e.g. {@code price(Cart)}. */
    public String signature() {
        return name + parameters.stream().map(p -> simple(p.typeName())).collect(Collectors.joining(",", "(", ")"));
    }

    /** Unique id within a program: {@code com.acme.PricingService#price(Cart)}. */
    public String id() {
        return declaringType + "#" + signature();
    }

    /** Short name for messages: {@code PricingService.price}. */
    public String displayName() {
        return simple(declaringType) + "." + name;
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

    static String simple(String typeName) {
        if (typeName == null) {
            return "?";
        }
        int dot = typeName.lastIndexOf('.');
        return dot < 0 ? typeName : typeName.substring(dot + 1);
    }
}
