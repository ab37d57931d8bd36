package org.mailspec.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.json}: DESIGN.md's schema, written in a fixed field order, two-space indent, LF line ends,
 * so two runs with the same results give the same bytes.
 *
 * <p>Scenario fields, in order: the DESIGN names {@code id, name, protocol, feature}, then
 * {@code command} (added), {@code tags, rfc, level, verdict, baselined}, then {@code baselineReason}
 * (added), {@code durationMs, message}, then {@code description, failedStep, expected, actual} (added),
 * {@code transcript}, then {@code markedLines} and {@code delivery} (added: how the scenario's fixtures
 * reached the server, {@code append}, {@code smtp}, {@code lmtp}, joined by {@code +}; {@code ""} when it
 * seeded nothing). Nullable fields are written as {@code null}, so
 * every scenario has the same shape.
 *
 * <p>Added at the top level: {@code stopped}, after {@code summary}: the suites a preflight stopped
 * ({@link SuiteStop}: protocol, verdict, line, rule), derived from their results as the summary is, so
 * reading ignores it. Added on an endpoint: {@code layout} ({@code personalPrefix}, {@code delimiter},
 * {@code source}; {@code null} on IMAP when not discovered, absent on POP3).
 *
 * <p>Reading ignores fields it does not know (fields may be added), refuses a newer
 * {@code schemaVersion}, and says which field of which scenario is wrong.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER;

    static {
        WRITER = MAPPER.writer(new Printer());
    }

    /** Two spaces, LF, {@code "key": value}, and {@code []} for an empty array. */
    private static final class Printer extends DefaultPrettyPrinter {
        Printer() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter lf = new DefaultIndenter("  ", "\n");
            indentObjectsWith(lf);
            indentArraysWith(lf);
        }

        Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                if (!_arrayIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, nrOfValues);
        }
    }

    private ReportJson() {
    }

    public static String toJson(Report report) {
        return pretty(toTree(report));
    }

    /** A tree in this file's layout: two-space indent, LF, a final LF. */
    static String pretty(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    public static void write(Path file, Report report) {
        Files2.writeAtomically(file, toJson(report));
    }

    public static Report read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(file + ": no such report file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file, e);
        }
        return parse(text, file.toString());
    }

    /** The report at {@code file}, or empty when there is none (a first run). */
    public static Optional<Report> readIfExists(Path file) {
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    public static Report parse(String json) {
        return parse(json, "report.json");
    }

    public static Report parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException(source + ": not JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        return new Reader(source).report(root);
    }

    static ObjectNode toTree(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", r.schemaVersion());
        run(root, r.run());
        target(root, r.target());
        summary(root, r.summary());
        stopped(root, SuiteStop.in(r));
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult s : r.scenarios()) {
            ObjectNode o = scenarios.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("protocol", s.protocol());
            o.put("feature", s.feature());
            o.put("command", s.command());
            strings(o.putArray("tags"), s.tags());
            strings(o.putArray("rfc"), s.rfc());
            o.put("level", s.level());
            o.put("verdict", s.verdict().name());
            o.put("baselined", s.baselined());
            o.put("baselineReason", s.baselineReason());
            o.put("durationMs", s.durationMs());
            o.put("message", s.message());
            o.put("description", s.description());
            o.put("failedStep", s.failedStep());
            o.put("expected", s.expected());
            o.put("actual", s.actual());
            o.put("transcript", s.transcript());
            ArrayNode marked = o.putArray("markedLines");
            s.markedLines().forEach(marked::add);
            o.put("delivery", s.delivery());
        }
        return root;
    }

    /** {@code run} as report.json writes it. */
    static void run(ObjectNode parent, RunInfo r) {
        ObjectNode run = parent.putObject("run");
        run.put("id", r.id());
        run.put("startedAt", r.startedAt().toString());
        run.put("durationMs", r.durationMs());
    }

    /** {@code target} as report.json writes it. */
    static void target(ObjectNode parent, TargetInfo t) {
        ObjectNode target = parent.putObject("target");
        target.put("name", t.name());
        target.put("resolvedBecause", t.resolvedBecause());
        endpoint(target, "imap", t.imap());
        endpoint(target, "pop3", t.pop3());
    }

    /** {@code summary}: all five verdicts, in order. */
    static void summary(ObjectNode parent, java.util.Map<Verdict, Integer> counts) {
        ObjectNode summary = parent.putObject("summary");
        for (Verdict v : Verdict.values()) {
            summary.put(v.name(), counts.getOrDefault(v, 0));
        }
    }

    /** {@code stopped}: the suites a preflight stopped. */
    static void stopped(ObjectNode parent, List<SuiteStop> stops) {
        ArrayNode stopped = parent.putArray("stopped");
        for (SuiteStop stop : stops) {
            ObjectNode o = stopped.addObject();
            o.put("protocol", stop.protocol());
            o.put("verdict", stop.verdict().name());
            o.put("line", stop.line());
            o.put("rule", stop.rule());
        }
    }

    private static void endpoint(ObjectNode target, String field, EndpointInfo e) {
        if (e == null) {
            target.putNull(field);
            return;
        }
        ObjectNode o = target.putObject(field);
        o.put("host", e.host());
        o.put("port", e.port());
        o.put("tls", e.tls());
        o.put("greeting", e.greeting());
        strings(o.putArray("capabilities"), e.capabilities());
        // IMAP always says whether its layout is known; POP3 has none to tell
        if (e.layout() != null) {
            ObjectNode l = o.putObject("layout");
            l.put("personalPrefix", e.layout().personalPrefix());
            l.put("delimiter", e.layout().delimiter());
            l.put("source", e.layout().source());
        } else if (field.equals("imap")) {
            o.putNull("layout");
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Reads the tree, keeping the path of the field it is at for error messages. */
    private record Reader(String source) {
        Report report(JsonNode root) {
            object(root, "");
            int version = integer(root, "", "schemaVersion");
            if (version < 1 || version > Report.SCHEMA_VERSION) {
                throw fail("schemaVersion", "schema version " + version + " is not one this mailspec reads (1 to "
                        + Report.SCHEMA_VERSION + ")");
            }
            JsonNode runNode = required(root, "", "run");
            object(runNode, "run");
            String startedText = string(runNode, "run", "startedAt");
            Instant started;
            try {
                started = Instant.parse(startedText);
            } catch (DateTimeParseException e) {
                throw fail("run.startedAt", "expected an ISO-8601 instant like 2026-01-31T12:00:00Z, got \""
                        + startedText + "\"");
            }
            RunInfo run = new RunInfo(string(runNode, "run", "id"), started, longValue(runNode, "run", "durationMs"));

            JsonNode targetNode = required(root, "", "target");
            object(targetNode, "target");
            TargetInfo target = new TargetInfo(string(targetNode, "target", "name"),
                    optString(targetNode, "target", "resolvedBecause", ""),
                    endpoint(targetNode, "imap"), endpoint(targetNode, "pop3"));

            JsonNode scenariosNode = required(root, "", "scenarios");
            if (!scenariosNode.isArray()) {
                throw fail("scenarios", "expected an array, got " + kind(scenariosNode));
            }
            List<ScenarioResult> scenarios = new ArrayList<>();
            for (int i = 0; i < scenariosNode.size(); i++) {
                scenarios.add(scenario(scenariosNode.get(i), "scenarios[" + i + "]"));
            }
            Map<Verdict, Integer> summary = null;
            JsonNode summaryNode = root.get("summary");
            if (summaryNode != null && !summaryNode.isNull()) {
                object(summaryNode, "summary");
                summary = new EnumMap<>(Verdict.class);
                for (Verdict v : Verdict.values()) {
                    summary.put(v, integer(summaryNode, "summary", v.name()));
                }
            }
            try {
                return new Report(version, run, target, summary, scenarios);
            } catch (IllegalArgumentException e) {
                throw fail("", e.getMessage());
            }
        }

        private EndpointInfo endpoint(JsonNode target, String field) {
            JsonNode n = target.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            String at = "target." + field;
            object(n, at);
            return new EndpointInfo(string(n, at, "host"), integer(n, at, "port"), optString(n, at, "tls", ""),
                    optString(n, at, "greeting", ""), stringList(n, at, "capabilities"), layout(n, at));
        }

        private LayoutInfo layout(JsonNode endpoint, String at) {
            JsonNode n = endpoint.get("layout");
            if (n == null || n.isNull()) {
                return null;
            }
            String here = at + ".layout";
            object(n, here);
            return new LayoutInfo(string(n, here, "personalPrefix"), optString(n, here, "delimiter", null),
                    optString(n, here, "source", ""));
        }

        private ScenarioResult scenario(JsonNode n, String at) {
            object(n, at);
            String id = string(n, at, "id");
            String where = at + " (" + id + ")";
            String verdictText = string(n, where, "verdict");
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(verdictText);
            } catch (IllegalArgumentException e) {
                throw fail(where + ".verdict", "expected one of PASS, FAIL, WARN, SKIP, ERROR, got \""
                        + verdictText + "\"");
            }
            List<Integer> marked = new ArrayList<>();
            JsonNode m = n.get("markedLines");
            if (m != null && !m.isNull()) {
                if (!m.isArray()) {
                    throw fail(where + ".markedLines", "expected an array of line numbers, got " + kind(m));
                }
                for (int i = 0; i < m.size(); i++) {
                    if (!m.get(i).canConvertToInt() || !m.get(i).isIntegralNumber() || m.get(i).intValue() < 0) {
                        throw fail(where + ".markedLines[" + i + "]", "expected a line number (0 or more), got "
                                + m.get(i));
                    }
                    marked.add(m.get(i).intValue());
                }
            }
            boolean baselined = false;
            JsonNode b = n.get("baselined");
            if (b != null && !b.isNull()) {
                if (!b.isBoolean()) {
                    throw fail(where + ".baselined", "expected true or false, got " + b);
                }
                baselined = b.booleanValue();
            }
            try {
                return new ScenarioResult(id, string(n, where, "name"), string(n, where, "protocol"),
                        string(n, where, "feature"), optString(n, where, "command", ""),
                        stringList(n, where, "tags"), stringList(n, where, "rfc"), optString(n, where, "level", ""),
                        verdict, baselined, optString(n, where, "baselineReason", null),
                        n.has("durationMs") ? longValue(n, where, "durationMs") : 0,
                        optString(n, where, "message", ""), optString(n, where, "description", ""),
                        optString(n, where, "failedStep", null), optString(n, where, "expected", null),
                        optString(n, where, "actual", null), optString(n, where, "transcript", ""), marked,
                        optString(n, where, "delivery", ""));
            } catch (IllegalArgumentException e) {
                throw fail(where, e.getMessage());
            }
        }

        private JsonNode required(JsonNode parent, String at, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                throw fail(join(at, field), "missing");
            }
            return n;
        }

        private void object(JsonNode n, String at) {
            if (!n.isObject()) {
                throw fail(at.isEmpty() ? "(root)" : at, "expected an object, got " + kind(n));
            }
        }

        private String string(JsonNode parent, String at, String field) {
            JsonNode n = required(parent, at, field);
            if (!n.isTextual()) {
                throw fail(join(at, field), "expected a string, got " + kind(n));
            }
            return n.textValue();
        }

        private String optString(JsonNode parent, String at, String field, String absent) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return absent;
            }
            if (!n.isTextual()) {
                throw fail(join(at, field), "expected a string or null, got " + kind(n));
            }
            return n.textValue();
        }

        private int integer(JsonNode parent, String at, String field) {
            JsonNode n = required(parent, at, field);
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw fail(join(at, field), "expected an integer, got " + n);
            }
            return n.intValue();
        }

        private long longValue(JsonNode parent, String at, String field) {
            JsonNode n = required(parent, at, field);
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw fail(join(at, field), "expected an integer, got " + n);
            }
            return n.longValue();
        }

        private List<String> stringList(JsonNode parent, String at, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (!n.isArray()) {
                throw fail(join(at, field), "expected an array of strings, got " + kind(n));
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) {
                    throw fail(join(at, field) + "[" + i + "]", "expected a string, got " + kind(n.get(i)));
                }
                out.add(n.get(i).textValue());
            }
            return out;
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        private static String kind(JsonNode n) {
            JsonNodeType t = n.getNodeType();
            return switch (t) {
                case STRING -> "the string " + n;
                case NUMBER, BOOLEAN -> t.name().toLowerCase() + " " + n;
                default -> t.name().toLowerCase();
            };
        }

        private ReportFormatException fail(String field, String what) {
            return new ReportFormatException(source + ": " + (field.isEmpty() ? "" : field + ": ") + what);
        }
    }
}
