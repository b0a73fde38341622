package dev.opsdiff.catalog;

import java.util.List;

/**
 * A call that holds something while code runs (section {@code regions:} of catalog files and of the user's
 * {@code .opsdiff.yml}): on a receiver of one of {@code types}, the callback given to one of {@code callbacks} runs
 * inside the region ({@code transactionTemplate.execute(status -> ..)}), and so do the calls between one of
 * {@code enter} and the following {@code exit} on the same receiver ({@code lock.lock(); try { .. } finally
 * { lock.unlock(); }}).
 *
 * @param library   label
 * @param types     qualified receiver types
 * @param callbacks methods whose callback argument runs inside the region
 * @param enter     methods that open the region
 * @param exit      methods that close it
 * @param holds     what is held meanwhile, for messages ("a database connection", "the lock")
 */
public record RegionApi(String library, List<String> types, List<String> callbacks, List<String> enter,
                        List<String> exit, String holds) {
}
