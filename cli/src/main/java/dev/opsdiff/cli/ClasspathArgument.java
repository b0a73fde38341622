package dev.opsdiff.cli;

import dev.opsdiff.source.InputException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --classpath} value: entries separated by the platform's path separator, or {@code @FILE} naming a file
 * of such entries (lines or separators, as {@code mvn dependency:build-classpath -Dmdep.outputFile=FILE} writes
 * it). Every entry must exist: a typo would otherwise silently cost the precision the option asks for.
 */
final class ClasspathArgument {
    private ClasspathArgument() {
    }

    static List<Path> parse(String value) {
        String text = value;
        Path base = Path.of("");
        if (value.startsWith("@")) {
            Path file = Path.of(value.substring(1));
            if (!Files.isRegularFile(file)) {
                throw new InputException("classpath file not found: " + file);
            }
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("cannot read classpath file " + file + ": " + e.getMessage(), e);
            }
        }
        List<Path> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String entry : line.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                String trimmed = entry.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                Path p;
                try {
                    p = base.resolve(trimmed);
                } catch (InvalidPathException e) {
                    throw new InputException("invalid classpath entry: " + trimmed);
                }
                if (!Files.exists(p)) {
                    throw new InputException("classpath entry not found: " + trimmed);
                }
                out.add(p);
            }
        }
        return out;
    }
}
