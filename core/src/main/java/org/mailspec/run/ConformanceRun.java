package org.mailspec.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.mailspec.report.AllureResults;
import org.mailspec.report.Baseline;
import org.mailspec.report.BaselineCheck;
import org.mailspec.report.Gate;
import org.mailspec.report.Comparison;
import org.mailspec.report.EndpointInfo;
import org.mailspec.report.Report;
import org.mailspec.report.ReportJson;
import org.mailspec.report.ReportParts;
import org.mailspec.report.ReportWriter;
import org.mailspec.report.RunInfo;
import org.mailspec.report.ScenarioResult;
import org.mailspec.report.Summary;
import org.mailspec.report.SuiteStop;
import org.mailspec.report.TargetInfo;
import org.mailspec.report.Verdict;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.target.ImapFacts;
import org.mailspec.target.Target;
import org.mailspec.target.TargetUnavailableException;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ProtocolViolation;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs one protocol's features against the resolved target and replays every verdict to JUnit as
 * a dynamic test, so that Maven (failsafe) fails the build exactly when the gate says so: a FAIL
 * or ERROR not in the baseline (and a WARN under {@code strict=true}).
 *
 * <p>Order of work: settings, target resolution (printed first, with the reason), preflight,
 * Cucumber, reports (this suite's part, then the aggregate of every suite of the run), baseline
 * gate, summary line. A suite the preflight stops (or whose target does not start) runs no
 * scenario: its one result is the stop ({@link SuiteStop}), which every report shows and which
 * fails the gate.
 */
public final class ConformanceRun {

    /**
     * What differs between the IMAP and the POP3 suite.
     *
     * @param gluePackages where the suite's steps are (the first is its own; shared step packages follow)
     * @param parts        classes for picocontainer to make besides the glue and what their constructors
     *                     take: implementations of interfaces that shared steps depend on
     */
    public record SuiteSpec(String protocol, List<String> gluePackages, Function<Settings, Target> targets,
                            Preflight preflight, List<Class<?>> parts) {
        public SuiteSpec {
            gluePackages = List.copyOf(gluePackages);
            parts = List.copyOf(parts);
        }

        public SuiteSpec(String protocol, String gluePackage, Function<Settings, Target> targets, Preflight preflight) {
            this(protocol, List.of(gluePackage), targets, preflight, List.of());
        }

        /** Steps from one more package, e.g. {@code org.mailspec.audit.steps}. */
        public SuiteSpec withGlue(String gluePackage) {
            List<String> glue = new ArrayList<>(gluePackages);
            glue.add(gluePackage);
            return new SuiteSpec(protocol, glue, targets, preflight, parts);
        }

        /** One more part class (e.g. the suite's {@code AuditProtocol}). */
        public SuiteSpec withPart(Class<?> part) {
            List<Class<?>> more = new ArrayList<>(parts);
            more.add(part);
            return new SuiteSpec(protocol, gluePackages, targets, preflight, more);
        }
    }

    private final SuiteSpec spec;
    private final PrintStream out;

    private ConformanceRun(SuiteSpec spec, PrintStream out) {
        this.spec = spec;
        this.out = out;
    }

    public static Stream<DynamicTest> run(SuiteSpec spec) {
        return run(spec, System.out);
    }

    static Stream<DynamicTest> run(SuiteSpec spec, PrintStream out) {
        return new ConformanceRun(spec, out).execute();
    }

    private Stream<DynamicTest> execute() {
        Console console = Console.to(out);
        Instant started = Instant.now();
        Settings settings;
        try {
            settings = Settings.fromSystem();
            settings.timeout();
        } catch (SettingsException e) {
            console.line("mailspec: bad setting: " + e.getMessage());
            throw new PreflightException("bad setting: " + e.getMessage());
        }
        String runId = settings.get("mailspec.run.id").orElseGet(ConformanceRun::newRunId);
        Path root = Path.of(settings.get("mailspec.root").orElse(".")).toAbsolutePath().normalize();
        boolean dryRun = settings.flag("dry.run");
        boolean strict = settings.flag("strict");
        Optional<String> tags = settings.get("tags");

        console.line("");
        console.line("mailspec " + spec.protocol() + " suite, run " + runId);
        Target target = null;
        String unavailable = null;
        EndpointInfo endpoint = null;
        List<Object> facts = List.of();
        long t0 = System.nanoTime();
        ScenarioResult stop = null;
        if (dryRun) {
            console.line("Dry run: listing scenarios without connecting");
        } else {
            try {
                // the resolver announces its choice and the reason before it starts anything
                target = spec.targets().apply(settings);
            } catch (TargetUnavailableException e) {
                unavailable = e.getMessage();
                console.line("Target unavailable, every scenario is skipped: " + unavailable);
            } catch (SettingsException e) {
                console.line("mailspec: bad setting: " + e.getMessage());
                throw new PreflightException("bad setting: " + e.getMessage());
            } catch (RuntimeException e) {
                String line = e.getMessage() == null ? e.toString() : e.getMessage();
                console.line("mailspec: the target did not start: " + line);
                // the suite is stopped: its reports say so, and the gate fails
                stop = SuiteStop.couldNotRun(spec.protocol(), "the target did not start: "
                        + line.lines().findFirst().orElse(line), "", Duration.between(started, Instant.now()).toMillis());
            }
        }
        long tTarget = System.nanoTime();
        SuiteLock sharedServer = null;
        try {
            if (target != null && !target.managed()) {
                // the other suite may be judging this same server in its own JVM at this moment
                sharedServer = sharedServer(root, target, console);
            }
            long waited = System.nanoTime() - tTarget;
            if (target != null) {
                try {
                    PreflightResult checked = spec.preflight().check(target, settings, runId);
                    endpoint = checked.endpoint();
                    facts = checked.facts();
                    for (Object fact : facts) {
                        if (fact instanceof ImapFacts f) {
                            console.line("layout: " + f.layout().describe());
                            f.layout().notes().forEach(n -> console.line("  note: " + n));
                            f.notes().forEach(n -> console.line("  note: " + n));
                        }
                    }
                } catch (PreflightException e) {
                    console.line("mailspec: preflight failed: " + e.getMessage());
                    stop = stopped(spec.protocol(), e, Duration.between(started, Instant.now()).toMillis());
                    Endpoint tried = "imap".equals(spec.protocol()) ? target.imap() : target.pop3();
                    endpoint = new EndpointInfo(tried.host(), tried.port(), tried.tls().settingValue(), "", List.of());
                }
            }
            long tPreflight = System.nanoTime();
            SuiteContext context = new SuiteContext(settings, runId, target, unavailable, endpoint, facts);
            List<ScenarioResult> results = stop != null ? List.of(stop)
                    : new ScenarioRunner(spec, out, console).run(context, dryRun, tags,
                            root.resolve("target").resolve("conformance"));
            if (dryRun) {
                console.line("");
                console.line(results.size() + " scenarios listed (dry run)");
                return results.stream().map(r -> DynamicTest.dynamicTest(r.id(), () -> {
                    throw new TestAbortedException("dry run");
                }));
            }
            long tScenarios = System.nanoTime();
            if (sharedServer != null) {
                sharedServer.close();
                sharedServer = null;
            }
            Stream<DynamicTest> replay = finish(console, settings, root, runId, started, target, unavailable, endpoint,
                    results, strict, tags);
            // the benchmark (containers/scripts/bench-suites.sh) reads this line
            console.line("[" + spec.protocol() + "] timing: target " + seconds(tTarget - t0) + " s, preflight "
                    + seconds(tPreflight - tTarget - waited) + " s, scenarios " + seconds(tScenarios - tPreflight) + " s, reports "
                    + seconds(System.nanoTime() - tScenarios) + " s, waiting for the other suite " + seconds(waited) + " s");
            return replay;
        } finally {
            if (sharedServer != null) {
                sharedServer.close();
            }
            if (target != null) {
                try {
                    target.close();
                } catch (Exception e) {
                    console.line("mailspec: stopping target " + target.name() + " failed: " + e.getMessage());
                }
            }
        }
    }

    /**
     * The IMAP and the POP3 suite run at once, each in its JVM, when each has a server of its own (a
     * managed target starts one per suite). A server neither started is one server for both, seen from
     * one client address: its failed-login delays and connection limits would reach across suites, so
     * the second suite waits until the first has judged it.
     */
    private SuiteLock sharedServer(Path root, Target target, Console console) {
        Path file = root.resolve("target").resolve("conformance").resolve(".shared-server.lock");
        try {
            return SuiteLock.acquire(file, console::line, "[" + spec.protocol() + "] waiting for the other suite: both judge "
                    + "the same server (target " + target.name() + "), so they run one after the other");
        } catch (IOException e) {
            throw new HarnessError("could not take the lock " + file + " that keeps two suites off one server at once: "
                    + e.getMessage());
        }
    }

    /**
     * The result of a suite its preflight stopped: a FAIL of the grammar rule when what stopped it was a
     * response that breaks the protocol (a greeting that is not * OK, * PREAUTH or * BYE, a POP3 reply
     * without a status indicator), else an ERROR (refused, silent, TLS, login: the harness could not judge).
     */
    static ScenarioResult stopped(String protocol, PreflightException e, long durationMs) {
        if (!(e.getCause() instanceof ProtocolViolation pv)) {
            return SuiteStop.couldNotRun(protocol, e.getMessage(), "", durationMs);
        }
        String production = pv.rule();
        boolean imap = protocol.equals("imap");
        boolean greeting = imap && production.startsWith("greeting");
        String rule = greeting
                ? "RFC 9051 9: greeting = \"*\" SP (resp-cond-auth / resp-cond-bye) CRLF: an OK, PREAUTH or BYE greeting (3); this one breaks " + production
                : imap ? "RFC 9051 9 (formal syntax): every response follows the grammar; this one breaks " + production
                : "RFC 1939 3: every reply starts with a status indicator (+OK or -ERR); this one breaks " + production;
        List<String> rfc = imap ? List.of("rfc9051-9")
                : List.of(production.matches("rfc\\d+-[0-9.]+") ? production : "rfc1939-3");
        String expected = greeting ? "* OK, * PREAUTH or * BYE, a text, CRLF" : "a " + protocol.toUpperCase() + " response in the "
                + production + " grammar";
        String actual = Ascii.escape(pv.bytes());
        return SuiteStop.brokenRule(protocol, e.getMessage(), rule, rfc, expected, actual, "S: " + actual + "\n",
                durationMs);
    }

    private Stream<DynamicTest> finish(Console console, Settings settings, Path root, String runId, Instant started,
                                       Target target, String unavailable, EndpointInfo endpoint,
                                       List<ScenarioResult> results, boolean strict, Optional<String> tags) {
        Path conformance = root.resolve("target").resolve("conformance");
        List<DynamicTest> tests = new ArrayList<>();
        Optional<Path> baselineFile = baselineFile(settings, root, target);
        Baseline baseline;
        try {
            baseline = baselineFile.isPresent() ? Baseline.read(baselineFile.get()) : Baseline.empty();
        } catch (RuntimeException e) {
            console.line("mailspec: bad baseline: " + e.getMessage());
            throw new PreflightException("bad baseline " + baselineFile.map(Path::toString).orElse("") + ": " + e.getMessage());
        }
        baselineFile.ifPresent(f -> console.line("Baseline: " + root.relativize(f.toAbsolutePath())));
        Baseline mine = baseline.forProtocol(spec.protocol());
        mine.coarseWarning().ifPresent(w -> console.line("Baseline warning: " + w));
        Gate gate = BaselineCheck.apply(results, mine, strict, runId);

        String targetName = target != null ? target.name() : settings.target();
        String because = target != null ? target.resolvedBecause() : unavailable != null ? unavailable : "";
        TargetInfo targetInfo = "imap".equals(spec.protocol())
                ? new TargetInfo(targetName, because, endpoint, null)
                : new TargetInfo(targetName, because, null, endpoint);
        Report part = Report.of(new RunInfo(runId, started, Duration.between(started, Instant.now()).toMillis()),
                targetInfo, gate.results());
        Report aggregate;
        Optional<Report> previous = Optional.empty();
        Optional<String> write = settings.get("baseline.write");
        // the other suite may be writing the same aggregate: the one that writes last has read both parts
        try (SuiteLock reports = SuiteLock.acquire(conformance.resolve(".reports.lock"))) {
            previous = keepPrevious(conformance, runId, settings, root, targetName);
            ReportParts.writePart(conformance, spec.protocol(), part);
            aggregate = ReportParts.aggregate(conformance, runId);
            ReportWriter.writeAll(conformance, aggregate, previous, strict);
            AllureResults.write(root.resolve("target").resolve("allure-results"), part);
            if (write.isPresent()) {
                Path f = resolve(root, write.get());
                Baseline.write(f, aggregate.scenarios(), "mailspec baseline for target " + targetName
                        + ", written by run " + runId, strict, runId);
                console.line("Baseline written: " + f);
            }
        } catch (IOException e) {
            throw new HarnessError("could not write the reports under " + conformance + ": " + e.getMessage());
        }

        console.line("");
        for (ScenarioResult fixed : gate.fixed()) {
            console.line("FIXED (baselined, now PASS; remove it from the baseline): " + fixed.id());
        }
        for (Gate.Mismatch m : gate.mismatched()) {
            console.line("NEW (baselined for another failure): " + m.result().id() + ": now " + m.result().verdict()
                    + " " + m.result().message() + "; the baseline records " + m.recorded());
        }
        for (String stale : gate.staleIds()) {
            console.line("Baselined but not run here: " + stale);
        }
        previous.ifPresent(p -> {
            String text = Comparison.compare(p, aggregate).text();
            if (!text.isBlank()) {
                console.line("Compared with the previous run " + p.run().id() + ":");
                console.line(text);
            }
        });
        console.line("[" + spec.protocol() + "] " + Summary.line(part, conformance.resolve("index.html")));
        if (!gate.passed()) {
            console.line("mailspec: " + gate.newFailures().size() + " " + spec.protocol()
                    + " scenario(s) failed that are not in the baseline");
        }

        for (ScenarioResult r : gate.results()) {
            tests.add(DynamicTest.dynamicTest(r.verdict() + " " + r.id(), () -> replay(r, strict)));
        }
        if (results.isEmpty() && tags.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("scenarios ran", () -> {
                throw new HarnessError("no " + spec.protocol() + " scenario ran: is mailspec-features on the classpath?");
            }));
        }
        if (settings.flag("baseline.strict") && !gate.fixed().isEmpty()) {
            tests.add(DynamicTest.dynamicTest("baseline is exact", () -> {
                throw new AssertionFailedError("baseline.strict: baselined scenarios now pass: "
                        + gate.fixed().stream().map(ScenarioResult::id).toList());
            }));
        }
        return tests.stream();
    }

    static void replay(ScenarioResult r, boolean strict) {
        String why = r.message() == null ? "" : r.message();
        if (r.baselined() && (r.verdict() == Verdict.FAIL || r.verdict() == Verdict.ERROR
                || (strict && r.verdict() == Verdict.WARN))) {
            throw new TestAbortedException("known " + r.verdict() + " (baseline: " + r.baselineReason() + "): " + why);
        }
        switch (r.verdict()) {
            case PASS:
                return;
            case WARN:
                if (strict) {
                    throw new AssertionFailedError("WARN (strict): " + why);
                }
                return;
            case SKIP:
                throw new TestAbortedException(why);
            case FAIL:
                throw new AssertionFailedError(why);
            case ERROR:
            default:
                throw new HarnessError(why);
        }
    }

    private Optional<Report> keepPrevious(Path conformance, String runId, Settings settings, Path root,
                                          String targetName) throws IOException {
        Optional<String> compare = settings.get("compare");
        if (compare.isPresent()) {
            return Optional.of(ReportJson.read(resolve(root, compare.get())));
        }
        Path current = conformance.resolve("report.json");
        Path previous = conformance.resolve("previous-report.json");
        if (Files.exists(current)) {
            Report existing = ReportJson.read(current);
            if (!existing.run().id().equals(runId)) {
                Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.exists(previous)) {
            return Optional.empty();
        }
        // compare like with like: a previous run against another target is not a regression base
        Report before = ReportJson.read(previous);
        return before.target().name().equals(targetName) ? Optional.of(before) : Optional.empty();
    }

    /**
     * {@code baseline=FILE} (relative to the project root), {@code baseline=none}, or by default the
     * baseline shipped for a managed target: {@code containers/baselines/<Target.baselineName()>.txt}.
     */
    static Optional<Path> baselineFile(Settings settings, Path root, Target target) {
        Optional<String> b = settings.get("baseline");
        if (b.isPresent()) {
            return "none".equalsIgnoreCase(b.get()) ? Optional.empty() : Optional.of(resolve(root, b.get()));
        }
        if (target == null || !target.managed()) {
            return Optional.empty();
        }
        Path shipped = root.resolve("containers").resolve("baselines").resolve(target.baselineName() + ".txt");
        return Files.exists(shipped) ? Optional.of(shipped) : Optional.empty();
    }

    private static Path resolve(Path root, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p : root.resolve(p);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }

    static String newRunId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    }
}
