package org.mailspec.run;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import org.mailspec.report.ScenarioResult;
import org.mailspec.report.Verdict;

/**
 * Turns Cucumber's events into verdicts. {@link ConformanceRun} gives Cucumber one instance per
 * run; results go to {@link #results()} and, one line each, to the console.
 *
 * <p>The mapping, in one place: an {@link AssertionError} (a {@link RuleViolation} from an
 * assertion step) is FAIL under {@code @must} and WARN under {@code @should}/{@code @may}; a skip
 * (an aborted test, e.g. capability absent) is SKIP with its reason; anything else (a timeout, a
 * refused connection, an unparseable reply, an undefined or ambiguous step) is ERROR, never FAIL.
 */
public final class VerdictPlugin implements ConcurrentEventListener {

    /** Media type of the transcript a suite attaches in its After hook. */
    public static final String TRANSCRIPT_MEDIA_TYPE = "text/x-mailspec-transcript";
    /** Media type of the marked transcript lines, as comma-separated 0-based numbers. */
    public static final String MARKS_MEDIA_TYPE = "text/x-mailspec-marks";
    /**
     * Media type of how the scenario's fixtures reached the server ({@code append}, {@code smtp},
     * {@code lmtp}, joined by {@code +}), attached by a suite's After hook when it seeded anything.
     */
    public static final String DELIVERY_MEDIA_TYPE = "text/x-mailspec-delivery";

    private final List<ScenarioResult> results = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> lines = new ConcurrentHashMap<>();
    private final List<String> limited = new CopyOnWriteArrayList<>();
    private final Console console;

    private final Map<URI, String> sources = new ConcurrentHashMap<>();
    private final Map<TestCase, Running> running = new ConcurrentHashMap<>();

    /** A plugin for one Cucumber run, printing each verdict to {@code console}. */
    public VerdictPlugin(Console console) {
        this.console = console;
    }

    /** Every scenario finished so far, by feature and line (parallel scenarios finish in any order). */
    public List<ScenarioResult> results() {
        List<ScenarioResult> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparing(ScenarioResult::feature)
                .thenComparingInt(r -> lines.getOrDefault(r.id(), 0)));
        return List.copyOf(sorted);
    }

    /** The line of the scenario (its example row for an outline), 0 if unknown. */
    public int line(String scenarioId) {
        return lines.getOrDefault(scenarioId, 0);
    }

    /**
     * The scenarios a {@link ConnectionLimit} stopped, as Cucumber feature arguments
     * ({@code classpath:features/imap/login.feature:12}), for a retry after the others.
     */
    public List<String> limited() {
        return List.copyOf(limited);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceRead.class, e -> sources.put(e.getUri(), e.getSource()));
        publisher.registerHandlerFor(TestCaseStarted.class, e -> running.put(e.getTestCase(), new Running(e.getInstant())));
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    }

    private void stepFinished(TestStepFinished e) {
        Running r = running.get(e.getTestCase());
        if (r != null && r.leased == null && e.getTestStep() instanceof HookTestStep h
                && h.getCodeLocation().contains("SchedulingHooks.takeLease")) {
            r.leased = e.getInstant();
        }
        if (r == null || r.firstProblem != null) {
            return;
        }
        Status s = e.getResult().getStatus();
        if (s != Status.PASSED) {
            r.firstProblem = e.getResult();
            r.problemStep = describe(e.getTestStep());
        }
    }

    private void embedded(EmbedEvent e) {
        Running r = running.get(e.getTestCase());
        if (r == null) {
            return;
        }
        String text = new String(e.getData(), StandardCharsets.UTF_8);
        if (TRANSCRIPT_MEDIA_TYPE.equals(e.getMediaType())) {
            r.transcript = text;
        } else if (MARKS_MEDIA_TYPE.equals(e.getMediaType())) {
            r.marks = parseMarks(text);
        } else if (DELIVERY_MEDIA_TYPE.equals(e.getMediaType())) {
            r.delivery = text.strip();
        }
    }

    private void caseFinished(TestCaseFinished e) {
        TestCase tc = e.getTestCase();
        Running r = running.remove(tc);
        // a scenario's time starts once it holds its lease: waiting for another scenario is not its time
        Instant started = r == null ? e.getInstant() : r.leased != null ? r.leased : r.started;
        String featurePath = ScenarioSource.featurePath(tc.getUri().toString());
        String source = sources.getOrDefault(tc.getUri(), "");
        ScenarioSource src = ScenarioSource.of(source, tc.getLocation().getLine());
        String name = src.name().isEmpty() ? tc.getName() : src.name();
        List<String> tags = List.copyOf(tc.getTags());
        String level = level(tags);
        Judgement j = judge(r, e.getResult(), level);
        ScenarioResult result = new ScenarioResult(
                ScenarioSource.id(featurePath, name, src.exampleRow()),
                tc.getName(),
                protocol(featurePath),
                featurePath,
                command(featurePath),
                tags,
                rfc(tags),
                level,
                j.verdict,
                false,
                null,
                Duration.between(started, e.getInstant()).toMillis(),
                j.message,
                src.description(),
                j.step,
                j.expected,
                j.actual,
                r == null || r.transcript == null ? "" : r.transcript,
                r == null ? List.of() : r.marks,
                r == null || r.delivery == null ? "" : r.delivery);
        results.add(result);
        lines.put(result.id(), tc.getLocation().getLine());
        if (r != null && r.firstProblem != null && r.firstProblem.getError() instanceof ConnectionLimit) {
            limited.add(tc.getUri() + ":" + tc.getLocation().getLine());
        }
        console.scenario(src.featureTitle(), featurePath, tc.getLocation().getLine(), result);
    }

    record Judgement(Verdict verdict, String message, String step, String expected, String actual) {
    }

    static Judgement judge(Running r, Result overall, String level) {
        Result problem = r == null || r.firstProblem == null ? overall : r.firstProblem;
        String step = r == null ? null : r.problemStep;
        Status s = problem.getStatus();
        Throwable err = problem.getError();
        switch (s) {
            case PASSED:
                return new Judgement(Verdict.PASS, "", null, null, null);
            case SKIPPED:
                if (err == null) {
                    return new Judgement(Verdict.SKIP, "not executed (dry run, or an earlier step skipped)", step, null, null);
                }
                return new Judgement(Verdict.SKIP, oneLine(err.getMessage()), step, null, null);
            case UNDEFINED:
                return new Judgement(Verdict.ERROR, "harness defect: undefined step: " + step, step, null, null);
            case AMBIGUOUS:
                return new Judgement(Verdict.ERROR, "harness defect: ambiguous step: " + step, step, null, null);
            case PENDING:
                return new Judgement(Verdict.ERROR, "harness defect: pending step: " + step, step, null, null);
            case FAILED:
            default:
                if (err instanceof RuleViolation v) {
                    Verdict verdict = "should".equals(level) || "may".equals(level) ? Verdict.WARN : Verdict.FAIL;
                    return new Judgement(verdict, oneLine(v.rule()) + " (expected " + oneLine(v.expected())
                            + "; got " + oneLine(v.actual()) + ")", step, v.expected(), v.actual());
                }
                if (err instanceof AssertionError a) {
                    Verdict verdict = "should".equals(level) || "may".equals(level) ? Verdict.WARN : Verdict.FAIL;
                    return new Judgement(verdict, oneLine(a.getMessage()), step, null, null);
                }
                String what = err == null ? "failed without an error" : err.getClass().getSimpleName() + ": " + oneLine(err.getMessage());
                return new Judgement(Verdict.ERROR, what, step, null, null);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s*\\R\\s*", " | ");
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }

    private static String describe(TestStep step) {
        if (step instanceof PickleStepTestStep p) {
            return p.getStep().getKeyword() + p.getStep().getText();
        }
        if (step instanceof HookTestStep h) {
            return "(" + h.getHookType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " hook)";
        }
        return step.getCodeLocation();
    }

    static String level(List<String> tags) {
        for (String t : tags) {
            switch (t) {
                case "@must": return "must";
                case "@should": return "should";
                case "@may": return "may";
                default: break;
            }
        }
        return "";
    }

    static List<String> rfc(List<String> tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (t.matches("@rfc\\d+(-[A-Za-z0-9.]+)?")) {
                out.add(t.substring(1));
            }
        }
        return List.copyOf(out);
    }

    static String protocol(String featurePath) {
        int slash = featurePath.indexOf('/');
        return slash > 0 ? featurePath.substring(0, slash) : "";
    }

    static String command(String featurePath) {
        String base = featurePath.substring(featurePath.lastIndexOf('/') + 1).replace(".feature", "");
        return base.replace('-', ' ').toUpperCase(Locale.ROOT);
    }

    private static List<Integer> parseMarks(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .map(Integer::valueOf).toList();
    }

    static final class Running {
        final Instant started;
        volatile Instant leased;
        volatile Result firstProblem;
        volatile String problemStep;
        volatile String transcript;
        volatile List<Integer> marks = List.of();
        volatile String delivery;

        Running(Instant started) {
            this.started = started;
        }
    }
}
