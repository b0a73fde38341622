package dev.opsdiff.catalog;

import java.util.List;

/**
 * A hand-written memo (section {@code memos:} of catalog files and of the user's {@code .opsdiff.yml}): a field of
 * one of {@code types} read with one of {@code reads}. When the read's miss (null, absent) is what sends the method to
 * a database or the network ({@code v = byName.get(k); if (v == null) v = dao.load(k);}), that field fronts the I/O
 * the way a cache does, although no cache library is involved. Nothing here is an effect: a memo read costs nothing;
 * it only decides which I/O runs on a miss.
 *
 * @param library label
 * @param types   qualified type names of memo holders (maps, atomic references, thread locals)
 * @param reads   method names that read without loading
 * @param onEmpty methods chained on a wrapper of a read ({@code Optional.ofNullable(ref.get())},
 *                {@code Mono.fromSupplier(ref::get)}) that run their argument only when the read found nothing
 *                ({@code orElseGet}, {@code switchIfEmpty}): what they run sits behind the read like a miss branch
 */
public record MemoApi(String library, List<String> types, List<String> reads, List<String> onEmpty) {
}
