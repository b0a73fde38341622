package dev.opsdiff.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.utils.LineSeparator;
import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.Imports;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.source.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JavaParser front end: parses at the newest language level JavaParser knows, builds the compact model,
 * and drops the syntax tree. No classpath and no symbol solver: receiver types come from declarations
 * (see docs/adr/0002-receiver-types-without-symbol-solver.md).
 */
public final class JavaParserFrontEnd implements FrontEnd {
    private static final Pattern IGNORE_COMMENT = Pattern.compile("//\\s*opsdiff:ignore\\s+([\\w,-]+)");
    /**
     * Computed on the first parse, not when the front end is created: JavaParser's language levels build their
     * validators when the enum initializes (~20 ms of a cold JVM), and a check served from the model cache parses
     * nothing.
     */
    private static final class Newest {
        static final ParserConfiguration.LanguageLevel LANGUAGE_LEVEL = newestLanguageLevel();
    }

    private final Catalog.Vocabulary loops;
    private final long maxFileBytes;

    public JavaParserFrontEnd(Catalog.Vocabulary loops) {
        this(loops, dev.opsdiff.config.Config.DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes larger files are a problem ("skipped"), not parsed: see {@code maxFileSize} */
    public JavaParserFrontEnd(Catalog.Vocabulary loops, long maxFileBytes) {
        this.loops = loops;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public Result build(SourceFile file, String side) {
        ParserConfiguration config = configuration();
        String text;
        try {
            text = file.text();
        } catch (RuntimeException e) {
            return Result.failed(new ParseProblem(side, file.path(), 1, 1, "cannot read file: " + e.getMessage()));
        }
        if (text.length() > maxFileBytes) {
            // JavaParser needs ~30 s and 3 GB for 10 MB of generated code; nothing in it is a refactor to review.
            return Result.failed(new ParseProblem(side, file.path(), 1, 1, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB, over the %.1f MB limit for one file (maxFileSize in .opsdiff.yml; "
                            + "usually generated code)", text.length() / 1048576.0, maxFileBytes / 1048576.0)));
        }
        ParseResult<CompilationUnit> parsed;
        try {
            parsed = new JavaParser(config).parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            return Result.failed(new ParseProblem(side, file.path(), 1, 1, "parser failed: " + e));
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            Problem first = parsed.getProblems().isEmpty() ? null : parsed.getProblems().get(0);
            int line = 1;
            int column = 1;
            if (first != null && first.getLocation().isPresent()) {
                var begin = first.getLocation().get().getBegin().getRange();
                if (begin.isPresent()) {
                    line = begin.get().begin.line;
                    column = begin.get().begin.column;
                }
            }
            String message = first == null ? "syntax error" : firstLine(first.getMessage());
            return Result.failed(new ParseProblem(side, file.path(), line, column, message));
        }
        CompilationUnit cu = parsed.getResult().get();
        // What JavaParser's line-ending processor would have recorded: how the model's expression texts print.
        cu.setData(Node.LINE_SEPARATOR_KEY, LineSeparator.detect(text));
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Imports imports = imports(cu);
        List<TypeModel> types = new ArrayList<>();
        TypeBuilder typeBuilder = new TypeBuilder(file.path(), pkg, loops);
        cu.getTypes().forEach(t -> typeBuilder.build(t, null, Set.of(), types));
        types.sort(Comparator.comparing(TypeModel::qualifiedName));
        return Result.of(new FileModel(file.path(), file.contentHash(), pkg, imports, List.copyOf(types),
                ignoredLines(text)));
    }

    /**
     * A configuration per call: JavaParser instances are not thread-safe and are cheap to create. The language
     * level gives the grammar its newest syntax ({@code yield}, records, patterns). Of JavaParser's processors only
     * the one that turns {@code var} into a {@code VarType} runs: the level's validators walk the whole tree once
     * per rule (~40 walks, a quarter of the parse on kafka) to reject code the compiler would reject, and opsdiff
     * reads code that compiles; rejecting it only lost files that an older release's compiler accepts (an
     * {@code _} identifier). Comments are not attributed; the line ending is recorded by {@link #build}. Public for
     * the benchmark harness's second floor (a bare parse configured as opsdiff parses).
     */
    public static ParserConfiguration configuration() {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(Newest.LANGUAGE_LEVEL)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false)
                .setStoreTokens(true);
        config.getProcessors().clear();
        config.getProcessors().add(VarTypes::new);
        return config;
    }

    /** The level the grammar parses at (also the benchmark floor's). */
    public static ParserConfiguration.LanguageLevel languageLevel() {
        return Newest.LANGUAGE_LEVEL;
    }

    /** JavaParser's post-processor for {@code var}; later levels add none (checked in JavaParserFrontEndTest). */
    private static final class VarTypes extends Processor {
        private final Java10PostProcessor varTypes = new Java10PostProcessor();

        @Override
        public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
            varTypes.postProcess(result, configuration);
        }
    }

    private static Imports imports(CompilationUnit cu) {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> onDemand = new ArrayList<>();
        Map<String, String> statics = new LinkedHashMap<>();
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    onDemand.add(name);
                } else {
                    int dot = name.lastIndexOf('.');
                    statics.put(name.substring(dot + 1), name.substring(0, Math.max(dot, 0)));
                }
            } else if (imp.isAsterisk()) {
                onDemand.add(name);
            } else {
                single.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        return new Imports(single, onDemand, statics);
    }

    private static Map<Integer, Set<String>> ignoredLines(String text) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        if (!text.contains("opsdiff:ignore")) {
            return out;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = IGNORE_COMMENT.matcher(lines[i]);
            if (m.find()) {
                out.put(i + 1, new TreeSet<>(Arrays.asList(m.group(1).split(","))));
            }
        }
        return out;
    }

    /** The first line, with JavaParser's long "expected one of" lists cut to a few alternatives. */
    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        Matcher m = Pattern.compile("(.*expected one of)\\s+((?:\"[^\"]*\"\\s*){1,4})(.*)").matcher(line);
        if (m.matches() && !m.group(3).isBlank()) {
            return m.group(1) + " " + m.group(2).strip() + " ...";
        }
        return line;
    }

    private static ParserConfiguration.LanguageLevel newestLanguageLevel() {
        ParserConfiguration.LanguageLevel best = ParserConfiguration.LanguageLevel.JAVA_17;
        int bestVersion = 17;
        for (ParserConfiguration.LanguageLevel level : ParserConfiguration.LanguageLevel.values()) {
            Matcher m = Pattern.compile("JAVA_(\\d+)").matcher(level.name());
            if (m.matches() && Integer.parseInt(m.group(1)) > bestVersion) {
                bestVersion = Integer.parseInt(m.group(1));
                best = level;
            }
        }
        return best;
    }
}
