package dev.opsdiff.cli.git;

import dev.opsdiff.source.InputException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Turns {@code --base REF} / {@code --staged} / nothing into the commit whose tree is the BEFORE side. */
public final class RangeResolver {
    /** What to do about a shallow clone; CI users hit this with the default {@code actions/checkout} depth of 1. */
    static final String SHALLOW_FIX = "fetch the history: fetch-depth: 0 in actions/checkout, or git fetch "
            + "--unshallow / git fetch --deepen=N / git fetch origin main";

    private final Repository repo;
    private final Consumer<String> warn;

    public RangeResolver(Repository repo, Consumer<String> warn) {
        this.repo = repo;
        this.warn = warn;
    }

    public GitRange resolve(String baseRef, boolean staged) {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId headId = resolveCommit(Constants.HEAD);
            if (headId == null) {
                if (staged) {
                    // The very first commit: judge the index against nothing, so the hook never blocks it for
                    // want of history (everything is new, so nothing can have grown riskier).
                    return new GitRange(true, null, "the empty tree (no commits yet)");
                }
                throw new InputException("the repository has no commits yet; commit once, or use opsdiff diff BEFORE AFTER");
            }
            RevCommit head = walk.parseCommit(headId);
            if (baseRef == null) {
                return new GitRange(staged, head, "HEAD (" + abbrev(head) + ")");
            }
            ObjectId refId = resolveCommit(baseRef);
            if (refId == null) {
                throw new InputException("unknown git ref '" + baseRef + "'" + (isShallow()
                        ? " (this is a shallow clone, so it may not have been fetched; " + SHALLOW_FIX + ")"
                        : "; use a branch, tag or commit such as origin/main or HEAD~1"));
            }
            return mergeBase(walk, baseRef, walk.parseCommit(refId), head);
        } catch (MissingObjectException e) {
            throw missingHistory(baseRef, e);
        } catch (IOException e) {
            throw new InputException("cannot read git repository " + repo.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    private GitRange mergeBase(RevWalk walk, String refName, RevCommit ref, RevCommit head) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(ref);
        walk.markStart(head);
        List<RevCommit> bases = new ArrayList<>();
        for (RevCommit c : walk) {
            bases.add(c);
        }
        if (bases.isEmpty()) {
            throw missingHistory(refName, null);
        }
        if (bases.size() > 1) {
            // Criss-cross merges: no single fork point; git diff A...B also falls back to one of them arbitrarily.
            warn.accept(refName + " and HEAD have " + bases.size() + " merge bases; comparing against " + refName
                    + " itself (" + abbrev(ref) + ")");
            return new GitRange(false, ref, refName + " (" + abbrev(ref) + ", one of " + bases.size()
                    + " merge bases)");
        }
        RevCommit base = bases.get(0);
        return new GitRange(false, base, refName + "...HEAD (merge base " + abbrev(base) + ")");
    }

    private InputException missingHistory(String refName, Exception cause) {
        String what = refName == null ? "HEAD" : refName + " and HEAD";
        if (isShallow()) {
            return new InputException("cannot find the merge base of " + what + ": this is a shallow clone and the "
                    + "history joining them was not fetched; " + SHALLOW_FIX, cause);
        }
        if (cause != null) {
            return new InputException("the repository is missing history of " + what + ": " + cause.getMessage(), cause);
        }
        return new InputException(refName + " and HEAD have no common history (no merge base); pick a --base that "
                + "HEAD was branched from", null);
    }

    /** Null when the ref does not exist or does not name a commit. */
    private ObjectId resolveCommit(String ref) throws IOException {
        try {
            return repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return null;
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new InputException("ambiguous git ref '" + ref + "': " + e.getCandidates().size()
                    + " objects start with it; use more characters", e);
        }
    }

    private boolean isShallow() {
        try {
            return !repo.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static String abbrev(ObjectId id) {
        return id.abbreviate(7).name();
    }
}
