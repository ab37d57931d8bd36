package org.mailspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A suite its preflight stopped before any scenario ran: a greeting that breaks the grammar, a refused
 * port, a failed TLS handshake, wrong credentials.
 *
 * <p>In a report a stop is one result of its own, {@code <protocol>/preflight/the-preflight-passes}, tagged
 * {@value #TAG}, so every writer lists it, the summary counts it and the gate fails on it (a stop is never
 * baselined, see {@link BaselineCheck}). Where the stop broke a rule (the greeting is not a greeting) the
 * result is a FAIL of that rule, which its description names; where the harness could not get as far as
 * judging (nothing listens, the handshake fails, the login is refused) it is an ERROR.
 *
 * @param protocol {@code imap} or {@code pop3}
 * @param verdict  FAIL (a rule broken) or ERROR
 * @param line     the one line the preflight printed, naming the setting to fix
 * @param rule     the rule broken, or null for an ERROR
 */
public record SuiteStop(String protocol, Verdict verdict, String line, String rule) {
    /** The tag of a stop's result. */
    public static final String TAG = "@preflight";
    /** The name of a stop's result; with the feature {@code <protocol>/preflight} it makes the id. */
    public static final String NAME = "The preflight passes";

    private static final String WHAT = "Before any scenario the harness connects, reads the greeting, secures the "
            + "connection as the tls setting asks and logs in with each account; a suite whose preflight fails "
            + "runs no scenario.";

    public SuiteStop {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(verdict, "verdict");
        line = Objects.requireNonNullElse(line, "");
        if (verdict != Verdict.FAIL && verdict != Verdict.ERROR) {
            throw new IllegalArgumentException("a stopped suite is a FAIL or an ERROR, not " + verdict);
        }
    }

    /** The id of the result a stop of {@code protocol}'s suite gets. */
    public static String id(String protocol) {
        return ScenarioId.of(protocol + "/preflight", NAME);
    }

    /** Whether a result with this id, protocol and tags is a stop's. */
    static boolean marks(String id, String protocol, List<String> tags) {
        return tags.contains(TAG) && id.equals(id(protocol));
    }

    /**
     * The result of a stop that broke a rule: a FAIL.
     *
     * @param rule     the rule, as one line: {@code RFC 9051 9: greeting = "*" SP (resp-cond-auth / resp-cond-bye) CRLF}
     * @param rfc      the sections it is in, e.g. {@code rfc9051-9}
     * @param expected what the rule allows
     * @param actual   what arrived, escaped
     */
    public static ScenarioResult brokenRule(String protocol, String line, String rule, List<String> rfc,
                                            String expected, String actual, String transcript, long durationMs) {
        Objects.requireNonNull(rule, "rule");
        return result(protocol, Verdict.FAIL, line, rule, rfc, expected, actual, transcript, durationMs);
    }

    /** The result of a stop where the harness could not judge the server (refused, timeout, TLS, login): an ERROR. */
    public static ScenarioResult couldNotRun(String protocol, String line, String transcript, long durationMs) {
        return result(protocol, Verdict.ERROR, line, null, List.of(), null, null, transcript, durationMs);
    }

    private static ScenarioResult result(String protocol, Verdict verdict, String line, String rule, List<String> rfc,
                                         String expected, String actual, String transcript, long durationMs) {
        List<String> tags = new ArrayList<>();
        tags.add("@" + protocol);
        rfc.forEach(r -> tags.add("@" + r));
        if (verdict == Verdict.FAIL) {
            tags.add("@must");
        }
        tags.add(TAG);
        String description = rule == null ? WHAT : rule + "\n" + WHAT;
        return new ScenarioResult(id(protocol), NAME, protocol, protocol + "/preflight", "PREFLIGHT", tags, rfc,
                verdict == Verdict.FAIL ? "must" : "", verdict, false, null, Math.max(0, durationMs),
                "the " + protocol + " suite stopped: " + line, description, null, expected, actual, transcript,
                List.of());
    }

    /** The stop a result records, if it is one. */
    public static Optional<SuiteStop> of(ScenarioResult r) {
        if (!r.isSuiteStop()) {
            return Optional.empty();
        }
        String prefix = "the " + r.protocol() + " suite stopped: ";
        String line = r.message().startsWith(prefix) ? r.message().substring(prefix.length()) : r.message();
        String rule = null;
        if (r.verdict() == Verdict.FAIL) {
            String d = r.description();
            int nl = d.indexOf('\n');
            rule = (nl < 0 ? d : d.substring(0, nl)).strip();
        }
        return Optional.of(new SuiteStop(r.protocol(), r.verdict() == Verdict.FAIL ? Verdict.FAIL : Verdict.ERROR, line,
                rule));
    }

    /** Every stopped suite of a report, in report order. */
    public static List<SuiteStop> in(Report report) {
        return in(report.scenarios());
    }

    public static List<SuiteStop> in(List<ScenarioResult> results) {
        List<SuiteStop> out = new ArrayList<>();
        for (ScenarioResult r : results) {
            of(r).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** {@code IMAP}, {@code POP3}. */
    public String protocolLabel() {
        return protocol.toUpperCase(Locale.ROOT);
    }

    /** One line for a banner: {@code The IMAP suite stopped in its preflight (FAIL of RULE): LINE}. */
    public String text() {
        return "The " + protocolLabel() + " suite stopped in its preflight ("
                + (rule == null ? "ERROR: the harness could not judge the server" : "FAIL of " + rule) + "): " + line;
    }
}
