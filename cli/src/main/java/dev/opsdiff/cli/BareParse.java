package dev.opsdiff.cli;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.opsdiff.frontend.JavaParserFrontEnd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor the benchmark harness prints opsdiff's figures next to: a fresh JVM that only parses the given files
 * with JavaParser (the language level opsdiff uses), nothing else. {@code java -cp opsdiff.jar
 * dev.opsdiff.cli.BareParse [--as-opsdiff] FILE...}; prints the number of files parsed.
 *
 * <p>The floor is JavaParser as a user would configure it, with the language level's validators.
 * {@code --as-opsdiff} parses with opsdiff's own configuration instead (no validators: ~25 % less work), for a
 * second, informational line: how much of a ratio comes from parsing less than the floor does.
 */
public final class BareParse {
    private BareParse() {
    }

    public static void main(String[] args) throws IOException {
        boolean asOpsdiff = args.length > 0 && args[0].equals("--as-opsdiff");
        ParserConfiguration config = asOpsdiff ? JavaParserFrontEnd.configuration()
                : new ParserConfiguration().setLanguageLevel(JavaParserFrontEnd.languageLevel())
                        .setAttributeComments(false).setStoreTokens(true);
        int parsed = 0;
        for (String a : java.util.Arrays.asList(args).subList(asOpsdiff ? 1 : 0, args.length)) {
            Path p = Path.of(a);
            if (Files.isRegularFile(p)) {
                new JavaParser(config).parse(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
                parsed++;
            }
        }
        System.out.println(parsed);
    }
}
