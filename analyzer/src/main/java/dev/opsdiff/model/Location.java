package dev.opsdiff.model;

import java.util.Comparator;

/** A source range in one file; lines and columns are 1-based, end inclusive. */
public record Location(String path, int line, int column, int endLine, int endColumn)
        implements Comparable<Location>, java.io.Serializable {
    private static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparingInt(Location::line).thenComparingInt(Location::column)
            .thenComparingInt(Location::endLine).thenComparingInt(Location::endColumn);

    @Override
    public int compareTo(Location o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
