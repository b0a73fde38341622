package dev.opsdiff.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a git hook should start this opsdiff again, as the words of a command line. An absolute launcher is preferred
 * over {@code opsdiff} on PATH: hooks run from GUIs and IDEs whose PATH often lacks the user's additions.
 */
final class Launcher {
    /** System property naming an executable that runs opsdiff; wins over everything (tests, packagers). */
    static final String PROPERTY = "opsdiff.launcher";
    /** Exported by the {@code opsdiff} script at the repository root: the directory that holds it. */
    static final String HOME_ENV = "OPSDIFF_HOME";

    /** The command words, and the file that must exist for them to work (null: rely on PATH). */
    record Command(List<String> words, Path requires) {
        static final Command ON_PATH = new Command(List.of("opsdiff"), null);
    }

    private Launcher() {
    }

    static Command find() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property).toAbsolutePath();
            return new Command(List.of(p.toString()), p);
        }
        String home = System.getenv(HOME_ENV);
        if (home != null && !home.isBlank()) {
            Path script = Path.of(home, "opsdiff").toAbsolutePath();
            if (Files.isExecutable(script)) {
                return new Command(List.of(script.toString()), script);
            }
        }
        Path jar = runningJar();
        if (jar != null) {
            return new Command(List.of("java", "-jar", jar.toString()), jar);
        }
        return Command.ON_PATH;
    }

    /** The shaded jar we were started from ({@code java -jar opsdiff.jar}), else null (e.g. classes in an IDE). */
    private static Path runningJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
