package dev.opsdiff.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.printer.DefaultPrettyPrinterVisitor;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import dev.opsdiff.source.Whitespace;

import java.util.Optional;

/**
 * A node's pretty-printed text, white space squeezed, cut at a length, exactly as
 * {@code squeezed(node.toString()).strip()} cut there would be, without printing all of a large node: a call whose
 * argument is a 200-line lambda is printed only until its first {@code max} characters are known. Printing whole
 * nodes took ~40 % of building the models of a large tree (every call site, loop and guard keeps its text).
 *
 * <p>The printer is JavaParser's own visitor, so the text is the same as {@link Node#toString()}'s for the trees the
 * front end builds, which hold no comments; it stops at the first node that starts once enough has been printed
 * (every visit begins by printing the node's comment).
 */
final class ShortText extends DefaultPrettyPrinterVisitor {
    /** Node.toString()'s defaults; only read once built, so one serves every thread. */
    private static final DefaultPrinterConfiguration DEFAULTS = new DefaultPrinterConfiguration();

    private final int max;

    private ShortText(int max) {
        super(DEFAULTS);
        this.max = max;
    }

    /** The squeezed, stripped text; longer than {@code max}: its first {@code max - 3} characters and "...". */
    static String of(Node n, int max) {
        ShortText printer = new ShortText(max);
        String s;
        try {
            n.accept(printer, null);
            s = squeezed(printer.toString());
        } catch (Enough e) {
            s = e.text;
        }
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }

    @Override
    protected void printComment(Optional<Comment> comment, Void arg) {
        // A raw text of at most max characters on its first line cannot squeeze to more: no copy needed.
        if (printer.getCursor().line > 1 || printer.getCursor().column > max) {
            String s = squeezed(printer.toString());
            if (s.length() > max) {
                // What follows only extends the text past the cut: its first max characters are final.
                throw new Enough(s);
            }
        }
        super.printComment(comment, arg);
    }

    /**
     * The models' trees hold no comments (the front end does not attribute them), so there are none to place; the
     * inherited method copies and sorts the parent's children for every node it prints to look for them, which
     * took a third of the printing.
     */
    @Override
    protected void printOrphanCommentsBeforeThisChildNode(Node node) {
    }

    @Override
    protected void printOrphanCommentsEnding(Node node) {
    }

    private static String squeezed(String raw) {
        return Whitespace.squeezed(raw).strip();
    }

    /** Thrown to stop printing; no stack trace, it is control flow. */
    private static final class Enough extends RuntimeException {
        private final String text;

        Enough(String text) {
            super(null, null, false, false);
            this.text = text;
        }
    }
}
