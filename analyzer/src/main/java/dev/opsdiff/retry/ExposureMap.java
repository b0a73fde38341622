package dev.opsdiff.retry;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;

/**
 * A method's exposures by work key, frozen once profiled: sorted arrays instead of a tree (a retry profile is kept for
 * every method a side reaches, hundreds of thousands of entries on a large program). Iterates in key order, as the
 * {@link java.util.TreeMap} it is made from.
 */
final class ExposureMap extends AbstractMap<String, Exposure> {
    private static final ExposureMap EMPTY = new ExposureMap(new String[0], new Exposure[0]);

    private final String[] keys;
    private final Exposure[] values;

    private ExposureMap(String[] keys, Exposure[] values) {
        this.keys = keys;
        this.values = values;
    }

    static ExposureMap of(SortedMap<String, Exposure> sorted) {
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[sorted.size()];
        Exposure[] values = new Exposure[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Exposure> e : sorted.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new ExposureMap(keys, values);
    }

    @Override
    public Exposure get(Object key) {
        int i = key instanceof String k ? Arrays.binarySearch(keys, k) : -1;
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String k && Arrays.binarySearch(keys, k) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Exposure> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public java.util.Collection<Exposure> values() {
        return java.util.Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Set<Entry<String, Exposure>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Exposure>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Exposure> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
