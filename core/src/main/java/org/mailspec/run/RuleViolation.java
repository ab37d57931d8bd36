package org.mailspec.run;

import java.util.Objects;

/**
 * Thrown by an assertion step when the server breaks the rule under test. The scenario's
 * requirement level decides the verdict: {@code @must} gives FAIL, {@code @should}/{@code @may}
 * give WARN. Anything that is not a RuleViolation (or another AssertionError) and not a skip is
 * an ERROR: the harness could not judge.
 */
public class RuleViolation extends AssertionError {
    private final String rule;
    private final String expected;
    private final String actual;
    private final String connection;

    /**
     * @param rule       what the RFC requires, in one line (e.g. "LOGOUT: untagged BYE before the tagged OK")
     * @param expected   the acceptable answers
     * @param actual     what arrived, escaped (use {@link org.mailspec.text.Ascii#escape})
     * @param connection the connection it arrived on, e.g. "imap#1"; may be empty
     */
    public RuleViolation(String rule, String expected, String actual, String connection) {
        super(format(rule, expected, actual, connection));
        this.rule = Objects.requireNonNull(rule);
        this.expected = Objects.requireNonNull(expected);
        this.actual = Objects.requireNonNull(actual);
        this.connection = connection == null ? "" : connection;
    }

    public RuleViolation(String rule, String expected, String actual) {
        this(rule, expected, actual, "");
    }

    private static String format(String rule, String expected, String actual, String connection) {
        return rule + "\n  Expected: " + expected + "\n  Actual:   " + actual
                + (connection == null || connection.isEmpty() ? "" : "\n  On:       " + connection);
    }

    public String rule() { return rule; }
    public String expected() { return expected; }
    public String actual() { return actual; }
    public String connection() { return connection; }
}
