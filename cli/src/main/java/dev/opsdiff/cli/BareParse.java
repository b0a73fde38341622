package dev.opsdiff.cli;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor the benchmark harness prints opsdiff's figures next to: a fresh JVM that only parses the given files
 * with JavaParser (the language level opsdiff uses), nothing else. {@code java -cp opsdiff.jar
 * dev.opsdiff.cli.BareParse FILE...}; prints the number of files parsed.
 */
public final class BareParse {
    private BareParse() {
    }

    public static void main(String[] args) throws IOException {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(newest())
                .setAttributeComments(false).setStoreTokens(true);
        int parsed = 0;
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isRegularFile(p)) {
                new JavaParser(config).parse(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
                parsed++;
            }
        }
        System.out.println(parsed);
    }

    /** The newest JAVA_N level, as the front end chooses it. */
    private static ParserConfiguration.LanguageLevel newest() {
        ParserConfiguration.LanguageLevel best = ParserConfiguration.LanguageLevel.JAVA_17;
        for (ParserConfiguration.LanguageLevel l : ParserConfiguration.LanguageLevel.values()) {
            if (l.name().matches("JAVA_\\d+") && Integer.parseInt(l.name().substring(5))
                    > Integer.parseInt(best.name().substring(5))) {
                best = l;
            }
        }
        return best;
    }
}
