package org.mailspec.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import org.mailspec.report.Report;
import org.mailspec.report.ReportJson;
import org.mailspec.report.ScenarioResult;
import org.mailspec.run.grammar.GrammarFindings;
import org.mailspec.run.schedule.DerivedNeeds;
import org.mailspec.run.schedule.Schedule;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.target.Target;

/**
 * Runs one suite's scenarios through Cucumber: the suite's glue plus core's own (the scheduler's
 * hooks), one picocontainer factory per Cucumber thread handing the run's shared objects to each
 * scenario's parts, the {@link Schedule} ordering and locking the scenarios, and a second, serial
 * pass for the scenarios a server's connection limit stopped.
 */
final class ScenarioRunner {

    /** Core's glue: the scheduler's Before and After hooks. */
    static final String CORE_GLUE = "org.mailspec.run.glue";
    /** Scenarios in parallel unless {@code threads} says otherwise. */
    static final int DEFAULT_THREADS = 6;
    /** Connections one account may have open at once when the server could tell the run's clients apart. */
    static final int REMOTE_BUDGET = 8;
    /** ... and when it cannot (each connection its own address, or no per-address state). */
    static final int ISOLATED_BUDGET = 64;

    private final ConformanceRun.SuiteSpec spec;
    private final PrintStream out;
    private final Console console;

    ScenarioRunner(ConformanceRun.SuiteSpec spec, PrintStream out, Console console) {
        this.spec = spec;
        this.out = out;
        this.console = console;
    }

    List<ScenarioResult> run(SuiteContext context, boolean dryRun, Optional<String> tags, Path conformance) {
        Settings settings = context.settings();
        Target target = dryRun ? null : targetOrNull(context);
        int threads = dryRun || target == null ? 1 : threads(settings);
        Schedule schedule = schedule(settings, target, conformance);
        GrammarFindings grammar = new GrammarFindings(spec.protocol());
        if (target != null) {
            console.line(threads > 1
                    ? "scenarios: " + threads + " at a time; an account's INBOX or maildrop is held by one scenario at once ("
                            + schedule.exclusiveSlots() + " account(s) to share), at most " + budget(settings, target)
                            + " connections per account" + (target.isolatesClients() ? ""
                            : "; scenarios that fail logins run alone (every connection comes from one address)")
                    : "scenarios: one at a time (threads=1)");
        }
        VerdictPlugin verdicts = cucumber(context, schedule, grammar, List.of("classpath:features/" + spec.protocol()),
                dryRun, tags, threads);
        List<ScenarioResult> results = verdicts.results();
        if (target != null && !results.isEmpty()) {
            long slowMillis = 0;
            int slow = 0;
            long longest = 0;
            for (ScenarioResult r : results) {
                longest = Math.max(longest, r.durationMs());
                if (schedule.needs(r.feature(), verdicts.line(r.id())).slow()) {
                    slow++;
                    slowMillis += r.durationMs();
                }
            }
            // the benchmark (containers/scripts/bench-suites.sh) reads this line
            console.line("[" + spec.protocol() + "] server delays: " + slow + " scenario(s) wait on failed-login delays, "
                    + String.format(java.util.Locale.ROOT, "%.2f", slowMillis / 1000.0) + " s of scenario time; longest scenario "
                    + String.format(java.util.Locale.ROOT, "%.2f", longest / 1000.0) + " s");
        }
        if (!verdicts.limited().isEmpty()) {
            console.line("");
            console.line(verdicts.limited().size() + " scenario(s) met the server's connection limit: run again, alone");
            VerdictPlugin again = cucumber(context, schedule, grammar, verdicts.limited(), false, Optional.empty(), 1);
            Map<String, ScenarioResult> byId = new LinkedHashMap<>();
            results.forEach(r -> byId.put(r.id(), r));
            for (ScenarioResult r : again.results()) {
                byId.put(r.id(), r);
            }
            results = List.copyOf(byId.values());
        }
        if (!grammar.isEmpty()) {
            // one verdict per distinct grammar deviation, after the scenarios (each judged on its own rule)
            Map<String, String> ids = new HashMap<>();
            results.forEach(r -> ids.put(r.feature() + ":" + verdicts.line(r.id()), r.id()));
            List<ScenarioResult> all = new ArrayList<>(results);
            all.addAll(grammar.verdicts(k -> ids.getOrDefault(k, k)));
            results = List.copyOf(all);
        }
        return results;
    }

    private static Target targetOrNull(SuiteContext context) {
        try {
            return context.target();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private VerdictPlugin cucumber(SuiteContext context, Schedule schedule, GrammarFindings grammar, List<String> features,
                                   boolean dryRun, Optional<String> tags, int threads) {
        VerdictPlugin verdicts = new VerdictPlugin(console);
        List<String> args = new ArrayList<>(List.of("--glue", CORE_GLUE, "--monochrome"));
        for (String glue : spec.gluePackages()) {
            args.add("--glue");
            args.add(glue);
        }
        tags.ifPresent(t -> {
            args.add("--tags");
            args.add(t);
        });
        if (dryRun) {
            args.add("--dry-run");
        }
        if (threads > 1) {
            args.add("--threads");
            args.add(String.valueOf(threads));
            console.buffer();
        }
        args.addAll(features);
        System.setProperty("cucumber.publish.quiet", "true");
        RuntimeOptions options = new CommandlineOptionsParser(out).parse(args.toArray(String[]::new))
                .setPickleOrder(schedule.order()).build();
        // one object factory per Cucumber thread; each hands the run's shared objects to the scenario's parts
        ThreadLocal<ScenarioObjects> factories = ThreadLocal.withInitial(() -> new ScenarioObjects(List.of(context, schedule, grammar),
                spec.parts()));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Runtime.builder()
                .withRuntimeOptions(options)
                .withClassLoader(() -> loader)
                .withObjectFactorySupplier(factories::get)
                .withAdditionalPlugins(verdicts)
                .build()
                .run();
        console.flush();
        return verdicts;
    }

    private static Schedule schedule(Settings settings, Target target, Path conformance) {
        if (target == null) {
            return new Schedule(List.of(new org.mailspec.settings.Account("none", "none")), 1, DerivedNeeds::of, Map.of(), false);
        }
        return new Schedule(target.accounts(), budget(settings, target), DerivedNeeds::of,
                previousDurations(conformance, target.name()), !target.isolatesClients());
    }

    static int budget(Settings settings, Target target) {
        return settings.get("connections.per.account").map(v -> parse("connections.per.account", v, 1, 1000))
                .orElse(target.isolatesClients() ? ISOLATED_BUDGET : REMOTE_BUDGET);
    }

    /** {@code threads}: scenarios at once (default {@value #DEFAULT_THREADS}; 1 runs them one by one). */
    static int threads(Settings settings) {
        return settings.get("threads").map(v -> parse("threads", v, 1, 32)).orElse(DEFAULT_THREADS);
    }

    private static int parse(String key, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new SettingsException(key, v, "expected a number from " + min + " to " + max);
    }

    /**
     * How long each scenario took in an earlier run against the same target (this directory's
     * report.json or previous-report.json), so the longest start first; empty when there is none.
     */
    static Map<String, Long> previousDurations(Path conformance, String targetName) {
        for (String file : List.of("report.json", "previous-report.json")) {
            try {
                Optional<Report> r = ReportJson.readIfExists(conformance.resolve(file));
                if (r.isPresent() && r.get().target().name().equals(targetName)) {
                    Map<String, Long> out = new HashMap<>();
                    r.get().scenarios().forEach(s -> out.put(s.id(), s.durationMs()));
                    return out;
                }
            } catch (RuntimeException e) {
                // an unreadable earlier report only costs the order
            }
        }
        return Map.of();
    }
}
