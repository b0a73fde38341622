package dev.opsdiff.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.source.SourceFile;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 as CONVENTIONS.md fixes it: one run, rules with their docs, results with code flows, both
 * fingerprints, suppressions kept, parse problems as tool notifications. Byte-identical for the same input: the
 * POJOs carry a fixed property order and every map is written sorted by key.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/opsdiff/opsdiff";
    static final String SRCROOT = "%SRCROOT%";
    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        // The generated POJOs say NON_NULL themselves, which beats the mapper default for their empty collections.
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
        m.configOverride(java.util.Set.class).setInclude(nonEmpty);
        m.configOverride(java.util.List.class).setInclude(nonEmpty);
        return m;
    }

    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        // "\n" whatever the platform, so the bytes do not depend on the machine.
        com.fasterxml.jackson.core.util.DefaultIndenter indenter =
                new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
                new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                        .withObjectIndenter(indenter).withArrayIndenter(indenter);
        com.fasterxml.jackson.databind.JsonNode tree = JSON.valueToTree(sarif(result, context));
        // The model drops a notification level equal to the schema default; CONVENTIONS wants it explicit.
        for (com.fasterxml.jackson.databind.JsonNode n : tree.at("/runs/0/invocations/0/toolExecutionNotifications")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("level", "warning");
        }
        JSON.writer(printer).writeValue(new NonClosing(out), tree);
        out.write("\n");
        out.flush();
    }

    SarifSchema210 sarif(AnalysisResult result, ReportContext context) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (AnalysisResult.ActiveRule r : result.rules()) {
            ruleIndex.put(r.descriptor().id(), rules.size());
            rules.add(SarifRules.descriptor(r));
        }
        ToolComponent driver = new ToolComponent().withName("opsdiff").withVersion(context.toolVersion())
                .withSemanticVersion(context.toolVersion()).withInformationUri(URI.create(INFORMATION_URI))
                .withRules(new LinkedHashSet<>(rules));
        Map<String, Map<Integer, String>> lineHashes = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<Integer, String> hashes = lineHashes.computeIfAbsent(f.location().path(),
                    p -> result.after().file(p).map(SourceFile::text).map(GithubLineHash::of).orElse(Map.of()));
            results.add(result(f, ruleIndex.get(f.ruleId()), hashes, context, result));
        }
        Run run = new Run().withTool(new Tool().withDriver(driver))
                .withAutomationDetails(new RunAutomationDetails().withId(context.automationId()))
                .withInvocations(List.of(invocation(result.problems(), result.fallbacks(), context)))
                .withResults(results)
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        return new SarifSchema210().with$schema(URI.create(SCHEMA)).withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static Result result(Finding f, Integer ruleIndex, Map<Integer, String> lineHashes,
                                 ReportContext context, AnalysisResult analysis) {
        PartialFingerprints fingerprints = new PartialFingerprints()
                .withAdditionalProperty(Fingerprints.KEY, Fingerprints.stable(f));
        String lineHash = lineHashes.get(f.location().line());
        if (lineHash != null) {
            fingerprints.withAdditionalProperty("primaryLocationLineHash", lineHash);
        }
        Set<Location> related = new LinkedHashSet<>();
        int id = 1;
        for (RelatedLocation r : f.related()) {
            related.add(location(r.location(), context, null).withId(id++).withMessage(text(r.message())));
        }
        List<ThreadFlowLocation> steps = new ArrayList<>();
        for (FlowStep step : f.codeFlow()) {
            steps.add(new ThreadFlowLocation().withLocation(location(step.location(), context, null)
                    .withMessage(text(step.message()))));
        }
        Result r = new Result().withRuleId(f.ruleId()).withRuleIndex(ruleIndex).withLevel(level(f.level()))
                .withMessage(text(f.message()))
                .withLocations(List.of(location(f.location(), context, snippet(analysis, f.location()))))
                .withRelatedLocations(related)
                .withPartialFingerprints(fingerprints)
                .withProperties(properties(f.properties()));
        if (!steps.isEmpty()) {
            r.withCodeFlows(List.of(new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(steps)))));
        }
        if (f.suppressed() != null) {
            r.withSuppressions(new LinkedHashSet<>(List.of(new Suppression().withKind(Suppression.Kind.IN_SOURCE)
                    .withStatus(Suppression.Status.ACCEPTED).withJustification(f.suppressed()))));
        }
        return r;
    }

    private static Invocation invocation(List<ParseProblem> problems, List<ParseProblem> fallbacks,
                                         ReportContext context) {
        List<Notification> notes = new ArrayList<>();
        for (ParseProblem p : problems) {
            dev.opsdiff.model.Location where = new dev.opsdiff.model.Location(p.path(), Math.max(1, p.line()),
                    Math.max(1, p.column()), Math.max(1, p.line()), Math.max(1, p.column()));
            notes.add(new Notification().withLevel(Notification.Level.WARNING)
                    .withMessage(text("Could not parse " + p.path() + " (" + p.side() + "): " + p.message()
                            + "; it was skipped"))
                    .withLocations(new LinkedHashSet<>(List.of(location(where, context, null)))));
        }
        for (String notice : context.notices()) {
            notes.add(new Notification().withLevel(Notification.Level.WARNING).withMessage(text(notice)));
        }
        for (ParseProblem p : fallbacks) {
            dev.opsdiff.model.Location where = new dev.opsdiff.model.Location(p.path(), 1, 1, 1, 1);
            notes.add(new Notification().withLevel(Notification.Level.NOTE)
                    .withMessage(text("The precise front end could not model " + p.path() + " (" + p.side() + "): "
                            + p.message() + "; it was analyzed with its declarations-only model"))
                    .withLocations(new LinkedHashSet<>(List.of(location(where, context, null)))));
        }
        return new Invocation().withExecutionSuccessful(true).withToolExecutionNotifications(notes);
    }

    static Location location(dev.opsdiff.model.Location l, ReportContext context, String snippet) {
        Region region = new Region().withStartLine(l.line()).withStartColumn(l.column())
                .withEndLine(l.endLine()).withEndColumn(l.endColumn() + 1);
        if (snippet != null) {
            region.withSnippet(new com.contrastsecurity.sarif.ArtifactContent().withText(snippet));
        }
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(context.uriPrefix() + l.path()))
                        .withUriBaseId(SRCROOT))
                .withRegion(region));
    }

    /** A relative URI reference: path segments percent-encoded (spaces, '%', '#'), slashes kept. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    /** The AFTER source line(s) of the primary location, for viewers without the file at hand. */
    private static String snippet(AnalysisResult analysis, dev.opsdiff.model.Location l) {
        return analysis.after().file(l.path()).map(SourceFile::text).map(text -> {
            String[] lines = text.split("\r\n|\r|\n", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = l.line(); i <= Math.min(l.endLine(), Math.min(lines.length, l.line() + 4)); i++) {
                sb.append(lines[i - 1]).append('\n');
            }
            return sb.isEmpty() ? null : sb.toString();
        }).orElse(null);
    }

    private static PropertyBag properties(Map<String, Object> values) {
        PropertyBag bag = new PropertyBag();
        new TreeMap<>(values).forEach(bag::withAdditionalProperty);
        return bag;
    }

    static Message text(String s) {
        return new Message().withText(s);
    }

    static MultiformatMessageString multiformat(String text, String markdown) {
        return new MultiformatMessageString().withText(text).withMarkdown(markdown);
    }

    private static Result.Level level(Level l) {
        return switch (l) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
            case NONE -> Result.Level.NONE;
        };
    }

    static ReportingConfiguration.Level configLevel(Level l) {
        return switch (l) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
            case NONE -> ReportingConfiguration.Level.NONE;
        };
    }

    /** Jackson closes the writer it is given; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
