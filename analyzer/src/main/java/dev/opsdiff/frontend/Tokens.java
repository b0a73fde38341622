package dev.opsdiff.frontend;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** A body's significant tokens (no whitespace or comments): the input of similarity-based matching. */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(Node body) {
        List<String> out = new ArrayList<>();
        body.getTokenRange().ifPresent(range -> {
            for (JavaToken t : range) {
                JavaToken.Category c = t.getCategory();
                if (!c.isWhitespaceOrComment()) {
                    out.add(t.getText());
                }
            }
        });
        return List.copyOf(out);
    }
}
