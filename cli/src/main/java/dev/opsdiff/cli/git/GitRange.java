package dev.opsdiff.cli.git;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * What {@code opsdiff check} compares: BEFORE is the tree of {@code base} (or the empty tree when {@code base} is
 * null: the first commit of a new repository), AFTER is the index ({@code staged}) or the working tree.
 *
 * @param baseTree    the base commit's tree (null with {@code base})
 * @param description how the BEFORE side was chosen, e.g. {@code HEAD (1a2b3c4)} or
 *                    {@code origin/main...HEAD (merge base 1a2b3c4)}
 */
public record GitRange(boolean staged, ObjectId base, ObjectId baseTree, String description) {
    /** The range of a parsed commit (null: the empty tree). */
    public GitRange(boolean staged, RevCommit base, String description) {
        this(staged, base, base == null ? null : base.getTree(), description);
    }

    /** The one-line name of the comparison, printed to stderr and passed to the reports. */
    public String label() {
        return (staged ? "staged changes" : "working tree") + " against " + description;
    }
}
