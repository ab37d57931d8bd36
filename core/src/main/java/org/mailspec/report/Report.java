package org.mailspec.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A whole run: what ran against what, and every scenario's result.
 *
 * <p>{@code summary} is derived from {@code scenarios}: the constructor computes it (all five verdicts,
 * in {@link Verdict} order) and rejects a given summary that disagrees. Scenario ids are unique.
 */
public record Report(int schemaVersion, RunInfo run, TargetInfo target, Map<Verdict, Integer> summary,
                     List<ScenarioResult> scenarios) {

    /** The {@code report.json} schema this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(target, "target");
        scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
        Set<String> seen = new HashSet<>();
        for (ScenarioResult s : scenarios) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("scenario id '" + s.id()
                        + "' appears twice: scenario names must be unique within a feature");
            }
        }
        Map<Verdict, Integer> derived = count(scenarios);
        if (summary != null && !summary.isEmpty() && !new EnumMap<>(summary).equals(derived)) {
            throw new IllegalArgumentException("summary " + summary + " disagrees with the scenarios, which give "
                    + derived);
        }
        summary = derived;
    }

    /** A report of the current schema, its summary counted from {@code scenarios}. */
    public static Report of(RunInfo run, TargetInfo target, List<ScenarioResult> scenarios) {
        return new Report(SCHEMA_VERSION, run, target, null, scenarios);
    }

    /** This report with other scenarios (e.g. with baseline flags set), summary recounted. */
    public Report withScenarios(List<ScenarioResult> newScenarios) {
        return new Report(schemaVersion, run, target, null, newScenarios);
    }

    public int count(Verdict v) {
        return summary.get(v);
    }

    private static Map<Verdict, Integer> count(List<ScenarioResult> scenarios) {
        EnumMap<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            m.put(v, 0);
        }
        for (ScenarioResult s : scenarios) {
            m.merge(s.verdict(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(m);
    }
}
