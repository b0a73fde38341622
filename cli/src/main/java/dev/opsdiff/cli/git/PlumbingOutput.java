package dev.opsdiff.cli.git;

import dev.opsdiff.source.FileSystemSnapshots;
import org.eclipse.jgit.lib.ObjectId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What {@link CommandLineScan} makes of git's plumbing output: the index's entries, the base-to-index and
 * index-to-working-tree differences as ids, in the form {@link ChangeScanner#join} takes. Only the paths a check
 * wants are kept (analyzable, in scope). Null anywhere means "not the ordinary case": JGit then reads.
 */
final class PlumbingOutput {
    private PlumbingOutput() {
    }

    /** One entry of {@code git diff-* --raw -z} output on an analyzable path. */
    private record RawEntry(String oldMode, String newMode, String oldId, String newId, String status, String path) {
    }

    /**
     * The analyzable entries of {@code --raw -z} output ({@code :<mode> <mode> <id> <id> <status> NUL <path> NUL});
     * null when one is unmerged or not in that form (JGit then reads the repository).
     */
    private static List<RawEntry> raw(byte[] output, Predicate<String> wanted) {
        List<RawEntry> out = new ArrayList<>();
        List<String> f = GitCommand.fields(output);
        for (int i = 0; i + 1 < f.size(); i += 2) {
            String[] meta = f.get(i).split(" ");
            if (meta.length != 5 || !meta[0].startsWith(":") || meta[4].startsWith("U")) {
                return null;
            }
            String path = f.get(i + 1);
            if (wanted.test(path)) {
                out.add(new RawEntry(meta[0].substring(1), meta[1], meta[2], meta[3], meta[4], path));
            }
        }
        return out;
    }

    /** {@code git diff-index --raw -z}: path to {base id, index id}; null when an entry is unmerged. */
    static Map<String, ObjectId[]> committed(byte[] output, Predicate<String> wanted) {
        List<RawEntry> entries = raw(output, wanted);
        if (entries == null) {
            return null;
        }
        Map<String, ObjectId[]> out = new HashMap<>();
        for (RawEntry e : entries) {
            out.put(e.path(), new ObjectId[] {fileId(e.oldMode(), e.oldId()), fileId(e.newMode(), e.newId())});
        }
        return out;
    }

    /**
     * {@code git ls-files --stage -z}: every analyzable path to its id; null when the index has a conflict. Entries
     * are {@code <6-digit mode> SP <40-hex id> SP <stage> TAB <path> NUL}, read in place: this runs for every file
     * of the tree in a cold JVM.
     */
    static Map<String, ObjectId> indexed(byte[] output, Predicate<String> wanted) {
        Map<String, ObjectId> out = new HashMap<>();
        int start = 0;
        while (start < output.length) {
            int end = start;
            while (end < output.length && output[end] != 0) {
                end++;
            }
            int tab = start + 50 - 1;
            if (end <= tab || output[start + 6] != ' ' || output[start + 47] != ' ' || output[tab] != '\t') {
                return null;
            }
            if (output[start + 48] != '0') {
                return null; // a conflict: JGit's reading handles it
            }
            String path = new String(output, tab + 1, end - tab - 1, StandardCharsets.UTF_8);
            if (wanted.test(path)) {
                boolean regular = regular(new String(output, start, 6, StandardCharsets.US_ASCII));
                out.put(path, regular ? ObjectId.fromString(output, start + 7) : null);
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * The working tree's differences from the index: files git's stat comparison flags and untracked files it does
     * not ignore, hashed as git would store them ({@code hash-object} applies the same filters as {@code add}); a
     * file whose content equals its index entry after all (only touched) is left out. Null when a path cannot be
     * handed to git.
     */
    static Map<String, ObjectId> worked(GitCommand git, Map<String, ObjectId> indexed, byte[] modified,
                                        byte[] untracked, Predicate<String> wanted) {
        List<RawEntry> entries = raw(modified, wanted);
        if (entries == null) {
            return null;
        }
        Map<String, ObjectId> out = new HashMap<>();
        List<String> toHash = new ArrayList<>();
        for (RawEntry e : entries) {
            if (e.status().startsWith("D") || !regular(e.newMode())) {
                out.put(e.path(), null);
            } else {
                toHash.add(e.path());
            }
        }
        for (String path : GitCommand.fields(untracked)) {
            if (!wanted.test(path) || indexed.containsKey(path)) {
                continue;
            }
            // hash-object would follow a symlink; JGit sees the link, which is not a file.
            if (java.nio.file.Files.isRegularFile(git.workTree().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                toHash.add(path);
            } else {
                out.put(path, null);
            }
        }
        Map<String, ObjectId> hashed = hash(git, toHash);
        if (hashed == null) {
            return null;
        }
        hashed.forEach((path, id) -> {
            if (!id.equals(indexed.get(path))) {
                out.put(path, id);
            }
        });
        return out;
    }

    /** The blob ids git would store for these work-tree files; null when a path cannot be handed to git. */
    private static Map<String, ObjectId> hash(GitCommand git, List<String> paths) {
        Map<String, ObjectId> out = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        if (paths.stream().anyMatch(p -> p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0)) {
            return null;
        }
        List<String> ids = lines(git.run((String.join("\n", paths) + "\n").getBytes(StandardCharsets.UTF_8),
                "hash-object", "--stdin-paths"));
        if (ids.size() != paths.size() || !ids.stream().allMatch(ObjectId::isId)) {
            return null;
        }
        for (int i = 0; i < paths.size(); i++) {
            out.put(paths.get(i), ObjectId.fromString(ids.get(i)));
        }
        return out;
    }

    static boolean analyzable(String path) {
        return FileSystemSnapshots.isAnalyzable(path.substring(path.lastIndexOf('/') + 1));
    }

    private static boolean regular(String mode) {
        return mode.equals("100644") || mode.equals("100755");
    }

    /** The id of a regular file, else null (absent, a symlink or a submodule), as {@link ChangeScanner} has it. */
    private static ObjectId fileId(String mode, String id) {
        return regular(mode) ? ObjectId.fromString(id) : null;
    }

    static List<String> lines(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}
