package org.mailspec.report;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.mailspec.text.Ascii;

/**
 * What a baselined scenario is known to fail with: the verdict, the step that failed, the rule it broke
 * (for an ERROR: what went wrong) and the expected value. A result is that failure when all four agree
 * after {@link #normalise normalisation}; FAIL and WARN count as one kind (a level change does not make a
 * known failure new), ERROR as another.
 *
 * @param verdict  FAIL, WARN or ERROR
 * @param step     the failed step, or null when there was none
 * @param rule     the rule broken (FAIL, WARN) or the error (ERROR); never null
 * @param expected what the rule allows, or null when the failure said nothing of it
 */
public record BaselineFailure(Verdict verdict, String step, String rule, String expected) {
    /** Where a run's id stood in a value: run-unique names read the same in every run. */
    public static final String RUN_PLACEHOLDER = "{run}";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HEX = Pattern.compile("\\b(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{6,}\\b");

    public BaselineFailure {
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == Verdict.PASS || verdict == Verdict.SKIP) {
            throw new IllegalArgumentException("a known failure is a FAIL, WARN or ERROR, not " + verdict);
        }
        rule = Objects.requireNonNullElse(rule, "");
    }

    /** The failure {@code r} shows, its run id replaced by {@value #RUN_PLACEHOLDER} when given. */
    public static BaselineFailure of(ScenarioResult r, String runId) {
        return new BaselineFailure(r.verdict(), unrun(r.failedStep(), runId), unrun(r.brokenRule(), runId),
                unrun(r.expected(), runId));
    }

    /** Whether {@code r}, a result of run {@code runId} (or null), fails the way this records. */
    public boolean matches(ScenarioResult r, String runId) {
        BaselineFailure seen = of(r, runId);
        return kind(verdict) == kind(seen.verdict)
                && normalise(step).equals(normalise(seen.step))
                && normalise(rule).equals(normalise(seen.rule))
                && normalise(expected).equals(normalise(seen.expected));
    }

    /** One line of what it records, for messages. */
    public String describe() {
        return verdict + (step == null ? "" : " at \"" + step + "\"") + ": " + rule
                + (expected == null ? "" : " (expected " + expected + ")");
    }

    private static boolean kind(Verdict v) {
        return v == Verdict.ERROR;
    }

    /**
     * What comparison sees: whitespace runs as one space, trimmed, control characters escaped as the
     * file writes them, lower case; every run of digits as
     * {@code #}, and hexadecimal tokens of six or more characters with a digit in them as {@code #}, so the
     * values that change from run to run (UIDs, UIDVALIDITY, counters and random parts of run-unique
     * mailbox names) do not make a known failure look new.
     */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = Text.visible(Text.oneLine(s), false);
        t = HEX.matcher(t).replaceAll("#");
        t = DIGITS.matcher(t).replaceAll("#");
        return t.toLowerCase(Locale.ROOT);
    }

    static String unrun(String s, String runId) {
        if (s == null || runId == null || runId.isBlank()) {
            return s;
        }
        String alnum = Ascii.lettersAndDigits(runId);
        String out = s.replace(runId, RUN_PLACEHOLDER);
        return alnum.length() >= 6 ? out.replace(alnum, RUN_PLACEHOLDER) : out;
    }
}
