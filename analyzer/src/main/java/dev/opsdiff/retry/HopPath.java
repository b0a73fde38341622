package dev.opsdiff.retry;

import dev.opsdiff.summary.Hop;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An immutable call path that shares its tail: a caller's path is one hop in front of its callee's. Retry profiles
 * keep, for every method, the worst path to each piece of work it reaches; as copied lists those paths were a fifth
 * of a whole-tree comparison's heap.
 */
final class HopPath extends AbstractList<Hop> {
    private final Hop head;
    private final HopPath tail;
    private final int size;

    private HopPath(Hop head, HopPath tail) {
        this.head = head;
        this.tail = tail;
        this.size = tail == null ? 1 : tail.size + 1;
    }

    /** The path of one hop. */
    static HopPath of(Hop hop) {
        return new HopPath(hop, null);
    }

    /** {@code hop} followed by {@code rest} (shared when it is a path already, copied once otherwise). */
    static HopPath of(Hop hop, List<Hop> rest) {
        return new HopPath(hop, rest.isEmpty() ? null : from(rest));
    }

    private static HopPath from(List<Hop> hops) {
        if (hops instanceof HopPath p) {
            return p;
        }
        HopPath out = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            out = new HopPath(hops.get(i), out);
        }
        return out;
    }

    @Override
    public Hop get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        HopPath p = this;
        for (int i = 0; i < index; i++) {
            p = p.tail;
        }
        return p.head;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Hop> iterator() {
        return new Iterator<>() {
            private HopPath next = HopPath.this;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Hop next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Hop h = next.head;
                next = next.tail;
                return h;
            }
        };
    }
}
