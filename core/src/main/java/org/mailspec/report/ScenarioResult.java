package org.mailspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one scenario, as every writer sees it.
 *
 * @param id             stable id (see {@link ScenarioId}), e.g. {@code imap/select/select-inbox-reports-read-write}
 * @param name           the scenario name as written in the feature file
 * @param protocol       {@code imap} or {@code pop3}
 * @param feature        the feature path under {@code features/}, e.g. {@code imap/select.feature}
 * @param command        {@code SELECT}, or the concern, e.g. {@code pipelining}
 * @param tags           every tag, with its {@code @}
 * @param rfc            RFC sections, e.g. {@code rfc9051-6.3.2}
 * @param level          {@code must}, {@code should}, {@code may}, or {@code ""}
 * @param verdict        the verdict
 * @param baselined      whether the baseline lists this id
 * @param baselineReason the baseline's reason, or null
 * @param durationMs     wall time of the scenario
 * @param message        one line of why; {@code ""} for PASS
 * @param description    the scenario description: the RFC sentence, and for {@code @security}
 *                       scenarios lines {@code Cause: ...} and {@code Fix: ...}
 * @param failedStep     the step that failed, or null
 * @param expected       what the rule allows, or null
 * @param actual         what arrived (escaped), or null
 * @param transcript     the rendered wire transcript, may be {@code ""}
 * @param markedLines    0-based lines of {@code transcript} (split on {@code \n}) to highlight
 * @param delivery       how the scenario's fixtures reached the server: {@code append}, {@code smtp}, {@code lmtp},
 *                       several joined by {@code +} in the order first used (e.g. {@code lmtp+append}), {@code ""}
 *                       when it seeded nothing
 */
public record ScenarioResult(String id, String name, String protocol, String feature, String command,
                             List<String> tags, List<String> rfc, String level, Verdict verdict,
                             boolean baselined, String baselineReason, long durationMs, String message,
                             String description, String failedStep, String expected, String actual,
                             String transcript, List<Integer> markedLines, String delivery) {

    public static final String SECURITY_TAG = "@security";

    public ScenarioResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict of " + id);
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("scenario id must be non-empty without whitespace, got '" + id + "'");
        }
        name = orEmpty(name);
        protocol = orEmpty(protocol);
        feature = orEmpty(feature);
        command = orEmpty(command);
        tags = copy(tags);
        rfc = copy(rfc);
        level = orEmpty(level);
        if (!baselined) {
            baselineReason = null;
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs of " + id + " is negative: " + durationMs);
        }
        message = orEmpty(message);
        description = orEmpty(description);
        transcript = orEmpty(transcript);
        markedLines = copy(markedLines);
        delivery = orEmpty(delivery);
    }

    /** A result that records no delivery path (a report written before the field existed, a suite stop). */
    public ScenarioResult(String id, String name, String protocol, String feature, String command,
                          List<String> tags, List<String> rfc, String level, Verdict verdict,
                          boolean baselined, String baselineReason, long durationMs, String message,
                          String description, String failedStep, String expected, String actual,
                          String transcript, List<Integer> markedLines) {
        this(id, name, protocol, feature, command, tags, rfc, level, verdict, baselined, baselineReason, durationMs,
                message, description, failedStep, expected, actual, transcript, markedLines, "");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(Objects.requireNonNull(t, "null element"));
        }
        return List.copyOf(out);
    }

    /** This result with the baseline's verdict on it: listed with {@code reason}, or not listed when null. */
    public ScenarioResult withBaseline(String reason) {
        return new ScenarioResult(id, name, protocol, feature, command, tags, rfc, level, verdict,
                reason != null, reason, durationMs, message, description, failedStep, expected, actual,
                transcript, markedLines, delivery);
    }

    /**
     * What failed, in one line: for a broken rule the message without the {@code " (expected …; got …)"}
     * the verdict plugin adds after it, for an ERROR the message. Baselines record it.
     */
    public String brokenRule() {
        int tail = expected == null ? -1 : message.indexOf(" (expected ");
        return tail > 0 ? message.substring(0, tail) : message;
    }

    /** The result of a suite its preflight stopped ({@link SuiteStop}): never baselined, always fails the gate. */
    public boolean isSuiteStop() {
        return SuiteStop.marks(id, protocol, tags);
    }

    /** Tagged {@code @security}. */
    public boolean isSecurity() {
        return tags.contains(SECURITY_TAG);
    }

    /** FAIL or ERROR, or WARN when strict: fails the build unless baselined. */
    public boolean isFailing(boolean strict) {
        return verdict.failsBuild(strict);
    }

    /** Failing and not in the baseline. */
    public boolean isNewFailure(boolean strict) {
        return isFailing(strict) && !baselined;
    }

    /** Failing and in the baseline. */
    public boolean isKnownFailure(boolean strict) {
        return isFailing(strict) && baselined;
    }

    /** In the baseline, yet PASS now: the entry can go. */
    public boolean isFixed() {
        return baselined && verdict == Verdict.PASS;
    }

    /** The {@code Cause:} line of the description, without its label. */
    public Optional<String> cause() {
        return labelled("Cause:");
    }

    /** The {@code Fix:} line of the description, without its label. */
    public Optional<String> fix() {
        return labelled("Fix:");
    }

    /** The description without its {@code Cause:} and {@code Fix:} lines, each line trimmed. */
    public String rule() {
        StringBuilder sb = new StringBuilder();
        for (String line : description.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("Cause:") || t.startsWith("Fix:")) {
                continue;
            }
            sb.append(t).append('\n');
        }
        return sb.toString().strip();
    }

    private Optional<String> labelled(String label) {
        for (String line : description.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith(label)) {
                return Optional.of(t.substring(label.length()).strip());
            }
        }
        return Optional.empty();
    }

    /** The transcript split into lines as {@link #markedLines} counts them: on LF, a CR before it dropped. */
    public List<String> transcriptLines() {
        return Text.lines(transcript);
    }
}
