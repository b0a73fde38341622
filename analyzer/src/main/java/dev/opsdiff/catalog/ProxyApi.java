package dev.opsdiff.catalog;

import java.util.List;

/**
 * An annotation a framework applies through a proxy around the bean (section {@code proxies:} of catalog files and of
 * the user's {@code .opsdiff.yml}): it takes effect only when the method is called through the proxy, from another
 * bean. Called on the same object ({@code this.reserve()}), the annotation is inert.
 *
 * @param library         label
 * @param annotations     qualified annotation names
 * @param applies         what the proxy does around the method, for messages ("a transaction", "caching")
 * @param holds           what a method under this annotation holds while it runs, when it is a region whose length
 *                        matters ("a database connection and its row locks"); empty when it is not a region
 * @param coveredByCaller whether a caller carrying an annotation of this entry already gives the callee what the
 *                        proxy would (a transactional caller's transaction also covers the callee)
 */
public record ProxyApi(String library, List<String> annotations, String applies, String holds,
                       Boolean coveredByCaller) {
    public boolean covered() {
        return Boolean.TRUE.equals(coveredByCaller);
    }
}
