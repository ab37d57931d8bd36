package org.mailspec.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Allure 2 result files, one {@code <uuid>-result.json} per scenario, its transcript as
 * {@code <uuid>-attachment.txt}, plus {@code environment.properties} and {@code categories.json}.
 *
 * <p>Mapping:
 * <ul>
 * <li>status: PASS {@code passed}, FAIL {@code failed}, ERROR {@code broken}, SKIP {@code skipped};
 * WARN {@code passed} with statusDetails message {@code "WARN: ..."} and a {@code tag} label
 * {@code WARN}. Allure has no "passed with a warning"; {@code failed} would make SHOULD rules count
 * against the pass rate as MUST rules do, and {@code unknown} means "could not tell", which is our
 * ERROR. The {@code RFC SHOULD violations} category (which matches passed results by message) collects
 * them in the Categories tab.</li>
 * <li>a baselined FAIL or ERROR keeps its status and gets {@code statusDetails.known = true} and a
 * message starting {@code [baselined: reason]}: the {@code Known failures (baselined)} category takes it,
 * and the MUST and harness categories exclude that prefix (Allure 2 puts a result in every category it
 * matches; Allure 3 in the first). A non-PASS result always has a message, since Allure leaves results
 * without one out of message-matching categories.</li>
 * <li>labels: {@code feature} = command, {@code story} = each RFC section, {@code severity} from the
 * level (must critical, should normal, may minor; a {@code @security} MUST is {@code blocker}),
 * {@code tag} for each tag (without {@code @}), {@code suite} = protocol, {@code subSuite} = feature
 * path, {@code epic} = mailspec; links to each RFC section.</li>
 * <li>uuid: derived from the run id and scenario id, so rewriting one run's results is idempotent and
 * runs do not collide; {@code historyId} = {@code testCaseId} = scenario id, so Allure's history and
 * retries line up across runs.</li>
 * <li>start/stop: the report keeps no per-scenario start, so scenarios are laid end to end from the
 * run's start, per protocol, in report order.</li>
 * </ul>
 */
public final class AllureResults {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AllureResults() {
    }

    /** Writes every file into {@code dir} (created if missing); files of other runs are left alone. */
    public static List<Path> write(Path dir, Report report) {
        List<Path> written = new ArrayList<>();
        java.util.Map<String, Long> clock = new java.util.HashMap<>();
        long runStart = report.run().startedAt().toEpochMilli();
        for (ScenarioResult s : report.scenarios()) {
            long start = clock.getOrDefault(s.protocol(), runStart);
            long stop = start + s.durationMs();
            clock.put(s.protocol(), stop);
            UUID uuid = uuid(report.run().id(), s.id(), "result");
            ObjectNode r = result(s, uuid, start, stop, report);
            if (!s.transcript().isEmpty()) {
                String source = uuid(report.run().id(), s.id(), "transcript") + "-attachment.txt";
                ArrayNode att = r.putArray("attachments");
                ObjectNode a = att.addObject();
                a.put("name", "wire transcript");
                a.put("source", source);
                a.put("type", "text/plain");
                Path p = dir.resolve(source);
                Files2.writeAtomically(p, s.transcript());
                written.add(p);
            }
            Path p = dir.resolve(uuid + "-result.json");
            Files2.writeAtomically(p, json(r));
            written.add(p);
        }
        Path env = dir.resolve("environment.properties");
        Files2.writeAtomically(env, environment(report));
        written.add(env);
        Path cats = dir.resolve("categories.json");
        Files2.writeAtomically(cats, categories());
        written.add(cats);
        return written;
    }

    static UUID uuid(String runId, String scenarioId, String what) {
        return UUID.nameUUIDFromBytes((runId + "\n" + scenarioId + "\n" + what).getBytes(StandardCharsets.UTF_8));
    }

    static String status(Verdict v) {
        return switch (v) {
            case PASS, WARN -> "passed";
            case FAIL -> "failed";
            case ERROR -> "broken";
            case SKIP -> "skipped";
        };
    }

    static String severity(ScenarioResult s) {
        return switch (s.level()) {
            case "must" -> s.isSecurity() ? "blocker" : "critical";
            case "should" -> "normal";
            case "may" -> "minor";
            default -> "normal";
        };
    }

    static ObjectNode result(ScenarioResult s, UUID uuid, long start, long stop, Report report) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("uuid", uuid.toString());
        r.put("historyId", s.id());
        r.put("testCaseId", s.id());
        r.put("fullName", s.id());
        r.put("name", s.name());
        r.put("status", status(s.verdict()));
        ObjectNode details = r.putObject("statusDetails");
        boolean known = s.baselined() && (s.verdict() == Verdict.FAIL || s.verdict() == Verdict.ERROR);
        details.put("known", known);
        details.put("muted", false);
        details.put("flaky", false);
        String message = Text.oneLine(s.message());
        if (s.verdict() == Verdict.WARN) {
            message = "WARN: " + message;
        }
        if (known) {
            message = "[baselined: " + Text.oneLine(s.baselineReason()) + "] " + message;
        }
        if (s.isFixed()) {
            message = "Fixed: listed in the baseline (" + Text.oneLine(s.baselineReason()) + ") but passes now";
        }
        if (message.isEmpty() && s.verdict() != Verdict.PASS) {
            message = s.verdict().name();
        }
        if (!message.isEmpty()) {
            details.put("message", message);
        }
        if (s.verdict() != Verdict.PASS) {
            details.put("trace", JUnitXml.details(s));
        }
        r.put("stage", "finished");
        r.put("description", s.description());
        r.put("start", start);
        r.put("stop", stop);
        ArrayNode labels = r.putArray("labels");
        label(labels, "epic", "mailspec");
        label(labels, "suite", s.protocol());
        label(labels, "subSuite", s.feature());
        label(labels, "feature", s.command().isBlank() ? s.feature() : s.command());
        for (String rfc : s.rfc()) {
            label(labels, "story", rfc);
        }
        label(labels, "severity", severity(s));
        for (String tag : s.tags()) {
            label(labels, "tag", tag.startsWith("@") ? tag.substring(1) : tag);
        }
        if (s.verdict() == Verdict.WARN) {
            label(labels, "tag", "WARN");
        }
        if (s.baselined()) {
            label(labels, "tag", s.isFixed() ? "fixed" : "baselined");
        }
        label(labels, "host", report.target().name());
        label(labels, "thread", s.protocol());
        label(labels, "framework", "mailspec");
        ArrayNode links = r.putArray("links");
        for (String rfc : s.rfc()) {
            RfcSection sec = RfcSection.parse(rfc);
            if (!sec.url().isEmpty()) {
                ObjectNode l = links.addObject();
                l.put("name", sec.label());
                l.put("url", sec.url());
                l.put("type", "link");
            }
        }
        r.putArray("parameters");
        r.putArray("steps");
        r.putArray("attachments");
        return r;
    }

    private static void label(ArrayNode labels, String name, String value) {
        ObjectNode l = labels.addObject();
        l.put("name", name);
        l.put("value", value);
    }

    static String environment(Report report) {
        StringBuilder sb = new StringBuilder();
        prop(sb, "target", report.target().name());
        prop(sb, "target.resolvedBecause", report.target().resolvedBecause());
        prop(sb, "run", report.run().id());
        endpointProps(sb, "imap", report.target().imap());
        endpointProps(sb, "pop3", report.target().pop3());
        return sb.toString();
    }

    private static void endpointProps(StringBuilder sb, String p, EndpointInfo e) {
        if (e == null) {
            return;
        }
        prop(sb, p + ".address", e.host() + ":" + e.port());
        prop(sb, p + ".tls", e.tls());
        prop(sb, p + ".greeting", e.greeting());
        prop(sb, p + ".capabilities", String.join(" ", e.capabilities()));
    }

    /** One {@code key=value} line, escaped as {@link java.util.Properties#load} reads it. */
    private static void prop(StringBuilder sb, String key, String value) {
        sb.append(key).append('=');
        String v = Text.oneLine(value);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (i == 0 && c == ' ')) {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    /** Java and JavaScript (Allure 3) read it alike. */
    private static final String NOT_BASELINED = "(?!\\[baselined: )[\\s\\S]*";

    static String categories() {
        ArrayNode a = MAPPER.createArrayNode();
        category(a, "Known failures (baselined)", "\\[baselined: [\\s\\S]*", "failed", "broken");
        category(a, "RFC MUST violations", NOT_BASELINED, "failed");
        category(a, "Harness could not judge", NOT_BASELINED, "broken");
        category(a, "RFC SHOULD violations", "WARN: [\\s\\S]*", "passed");
        return json(a);
    }

    private static void category(ArrayNode a, String name, String messageRegex, String... statuses) {
        ObjectNode c = a.addObject();
        c.put("name", name);
        if (messageRegex != null) {
            c.put("messageRegex", messageRegex);
        }
        ArrayNode st = c.putArray("matchedStatuses");
        for (String s : statuses) {
            st.add(s);
        }
    }

    private static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
