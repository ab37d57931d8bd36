package org.mailspec.report;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML (the Ant/Surefire dialect CI systems read): one {@code <testsuite>} per feature, one
 * {@code <testcase classname="imap/select.feature" name="scenario name">} per scenario (an outline's
 * example adds its row, {@code "name #2"}, so CI systems do not merge the rows).
 *
 * <table>
 * <caption>verdict to element</caption>
 * <tr><td>PASS</td><td>no child (a baselined PASS says so in system-out)</td></tr>
 * <tr><td>FAIL</td><td>{@code <failure type="FAIL">}</td></tr>
 * <tr><td>ERROR</td><td>{@code <error type="ERROR">}: the harness could not judge; never a failure</td></tr>
 * <tr><td>WARN</td><td>passes, the warning in system-out; {@code <failure type="WARN">} when strict</td></tr>
 * <tr><td>SKIP</td><td>{@code <skipped message="reason">}</td></tr>
 * <tr><td>baselined FAIL/ERROR (WARN when strict)</td><td>{@code <skipped message="baselined: reason">}</td></tr>
 * </table>
 *
 * The transcript goes in {@code <system-out>}. Counts ({@code tests failures errors skipped}) are those of
 * the elements written; times are seconds with three decimals.
 */
public final class JUnitXml {
    /** Ant's form: local date-time without zone; we write UTC. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private JUnitXml() {
    }

    public static void write(Path file, Report report, boolean strict) {
        Files2.writeAtomically(file, render(report, strict));
    }

    private enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

    private record Case(ScenarioResult s, Outcome outcome) {
    }

    public static String render(Report report, boolean strict) {
        Map<String, List<Case>> byFeature = new LinkedHashMap<>();
        for (ScenarioResult s : report.scenarios()) {
            byFeature.computeIfAbsent(s.feature(), f -> new ArrayList<>()).add(new Case(s, outcome(s, strict)));
        }
        String timestamp = TIMESTAMP.format(report.run().startedAt());
        StringBuilder body = new StringBuilder();
        int[] total = new int[Outcome.values().length];
        long totalMs = 0;
        for (Map.Entry<String, List<Case>> e : byFeature.entrySet()) {
            int[] n = new int[Outcome.values().length];
            long ms = 0;
            for (Case c : e.getValue()) {
                n[c.outcome().ordinal()]++;
                ms += c.s().durationMs();
            }
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
            totalMs += ms;
            body.append("  <testsuite name=\"").append(Text.xml(e.getKey(), true)).append('"')
                    .append(counts(e.getValue().size(), n))
                    .append(" time=\"").append(Text.seconds(ms)).append('"')
                    .append(" timestamp=\"").append(timestamp).append("\">\n");
            body.append("    <properties>\n");
            property(body, "mailspec.run", report.run().id());
            property(body, "mailspec.target", report.target().name());
            property(body, "mailspec.strict", Boolean.toString(strict));
            body.append("    </properties>\n");
            for (Case c : e.getValue()) {
                testcase(body, c, strict);
            }
            body.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"mailspec\"" + counts(report.scenarios().size(), total)
                + " time=\"" + Text.seconds(totalMs) + "\">\n"
                + body
                + "</testsuites>\n";
    }

    private static Outcome outcome(ScenarioResult s, boolean strict) {
        if (s.isKnownFailure(strict)) {
            return Outcome.SKIPPED;
        }
        return switch (s.verdict()) {
            case PASS -> Outcome.PASSED;
            case FAIL -> Outcome.FAILURE;
            case ERROR -> Outcome.ERROR;
            case WARN -> strict ? Outcome.FAILURE : Outcome.PASSED;
            case SKIP -> Outcome.SKIPPED;
        };
    }

    private static String counts(int tests, int[] n) {
        return " tests=\"" + tests + "\" failures=\"" + n[Outcome.FAILURE.ordinal()] + "\" errors=\""
                + n[Outcome.ERROR.ordinal()] + "\" skipped=\"" + n[Outcome.SKIPPED.ordinal()] + "\"";
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("      <property name=\"").append(name).append("\" value=\"").append(Text.xml(value, true))
                .append("\"/>\n");
    }

    private static void testcase(StringBuilder sb, Case c, boolean strict) {
        ScenarioResult s = c.s();
        sb.append("    <testcase name=\"").append(Text.xml(caseName(s), true))
                .append("\" classname=\"").append(Text.xml(s.feature(), true))
                .append("\" time=\"").append(Text.seconds(s.durationMs())).append('"');
        String out = systemOut(s, c.outcome(), strict);
        if (c.outcome() == Outcome.PASSED && out.isEmpty()) {
            sb.append("/>\n");
            return;
        }
        sb.append(">\n");
        String message = Text.oneLine(s.message());
        switch (c.outcome()) {
            case FAILURE -> element(sb, "failure", message, s.verdict().name(), details(s));
            case ERROR -> element(sb, "error", message, s.verdict().name(), details(s));
            case SKIPPED -> {
                String why = s.isKnownFailure(strict)
                        ? "baselined: " + Text.oneLine(s.baselineReason())
                        : message;
                sb.append("      <skipped message=\"").append(Text.xml(why, true)).append("\"/>\n");
            }
            case PASSED -> {
            }
        }
        if (!out.isEmpty()) {
            sb.append("      <system-out>").append(Text.xml(out, false)).append("</system-out>\n");
        }
        sb.append("    </testcase>\n");
    }

    /**
     * The scenario name; for an outline's example (id ending {@code #n}) the name plus {@code " #n"}, as
     * some CI systems merge test cases with the same class name and name.
     */
    static String caseName(ScenarioResult s) {
        int hash = s.id().lastIndexOf('#');
        if (hash < 0) {
            return s.name();
        }
        String row = s.id().substring(hash);
        return s.name().endsWith(row) ? s.name() : s.name() + " " + row;
    }

    private static void element(StringBuilder sb, String name, String message, String type, String text) {
        sb.append("      <").append(name).append(" message=\"").append(Text.xml(message, true))
                .append("\" type=\"").append(type).append("\">").append(Text.xml(text, false))
                .append("</").append(name).append(">\n");
    }

    /** The failure body: what a person needs without opening the HTML report. */
    static String details(ScenarioResult s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.verdict()).append(": ").append(Text.oneLine(s.message())).append('\n');
        if (s.failedStep() != null) {
            sb.append("Step: ").append(s.failedStep()).append('\n');
        }
        if (!s.rule().isEmpty()) {
            sb.append("Rule: ").append(Text.oneLine(s.rule())).append('\n');
        }
        if (!s.rfc().isEmpty()) {
            sb.append("RFC: ").append(String.join(", ", s.rfc())).append('\n');
        }
        if (s.expected() != null) {
            sb.append("Expected: ").append(s.expected()).append('\n');
        }
        if (s.actual() != null) {
            sb.append("Actual: ").append(s.actual()).append('\n');
        }
        s.cause().ifPresent(x -> sb.append("Cause: ").append(x).append('\n'));
        s.fix().ifPresent(x -> sb.append("Fix: ").append(x).append('\n'));
        return sb.toString();
    }

    /** System-out: a note for what passes without being clean, then the transcript. */
    private static String systemOut(ScenarioResult s, Outcome outcome, boolean strict) {
        StringBuilder sb = new StringBuilder();
        if (s.isKnownFailure(strict)) {
            sb.append(details(s)).append("(baselined: ").append(Text.oneLine(s.baselineReason())).append(")\n");
        } else if (s.verdict() == Verdict.WARN && outcome == Outcome.PASSED) {
            sb.append(details(s));
        } else if (s.isFixed()) {
            sb.append("Fixed: listed in the baseline (").append(Text.oneLine(s.baselineReason()))
                    .append(") but passes now; remove it from the baseline.\n");
        }
        if (!s.transcript().isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(s.transcript());
            if (!s.transcript().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
