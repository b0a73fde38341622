package dev.opsdiff.frontend.spoon;

import java.util.List;
import java.util.Map;

/**
 * What Spoon resolved in one file, keyed so the JavaParser model's records can find it: call sites by where they
 * end and the name they call, types by qualified name (nested types dotted, as the model writes them).
 *
 * @param calls            {@link #callKey(int, int, String)} to the fact about that call
 * @param libraryAncestors a type's supertypes that are not in the modelled sources (jar or JDK types, qualified),
 *                         transitively through those binary types
 */
record FileFacts(Map<String, CallFact> calls, Map<String, List<String>> libraryAncestors) {

    /**
     * @param receiverType   the receiver's static type, erased and qualified, when Spoon resolved it to a declared
     *                       type (in the sources or on the classpath); null otherwise
     * @param receiverIsName whether the receiver is written as a variable or field name
     * @param calleeSignature the overload the compiler chose ({@code lookup(long)}, as the model's method signatures
     *                       are written), when its declaration is among the modelled sources; null otherwise
     */
    record CallFact(String receiverType, boolean receiverIsName, String calleeSignature) {
    }

    /** Calls end at a distinct character (the closing parenthesis, or a method reference's name). */
    static String callKey(int endLine, int endColumn, String name) {
        return endLine + ":" + endColumn + ":" + name;
    }
}
