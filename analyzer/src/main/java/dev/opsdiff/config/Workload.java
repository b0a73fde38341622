package dev.opsdiff.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Typical sizes of the collections a request iterates ({@code workload:} in {@code .opsdiff.yml}): with them,
 * cardinality and fan-out findings estimate calls per request ("≈80 Redis GETs per request at p95 (before: 1)").
 *
 * @param sizes          declared sizes
 * @param failAboveCalls findings whose p95 estimate is at most this many calls per request do not fail the build
 *                       (they are still reported); null: every finding at or above {@code --fail-on} fails it
 */
public record Workload(@JsonProperty("sizes") List<Size> sizes,
                       @JsonProperty("failAboveCalls") Integer failAboveCalls) {
    public static final Workload NONE = new Workload(List.of(), null);

    public Workload {
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    /**
     * One declared size: of a collection expression as written ({@code cart.getItems()}), or of a member however it
     * is reached ({@code items}: {@code cart.getItems()}, {@code order.getCart().items}).
     */
    public record Size(@JsonProperty("collection") String collection, @JsonProperty("member") String member,
                       @JsonProperty("p50") Integer p50, @JsonProperty("p95") Integer p95) {
        /** Whether this size is declared for what a loop iterates, as the loop writes it. */
        public boolean matches(String iterates) {
            String text = iterates.replaceAll("\\s+", "");
            if (collection != null) {
                return text.equals(collection.replaceAll("\\s+", ""));
            }
            if (member == null) {
                return false;
            }
            String name = member.substring(Math.max(member.lastIndexOf('.'), member.lastIndexOf('#')) + 1)
                    .replaceAll("\\(\\)$", "");
            String bare = name.startsWith("get") && name.length() > 3
                    ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
            String getter = "get" + Character.toUpperCase(bare.charAt(0)) + bare.substring(1) + "()";
            return text.equals(bare) || text.endsWith("." + bare) || text.equals(getter) || text.endsWith("." + getter);
        }
    }
}
