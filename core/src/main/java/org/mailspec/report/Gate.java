package org.mailspec.report;

import java.util.List;

/**
 * The baseline's judgement of a run.
 *
 * @param results       every result, its {@code baselined} flag and reason set from the baseline
 * @param newFailures   FAIL or ERROR (or WARN when strict) not in the baseline: these fail the build
 * @param knownFailures failing, and in the baseline
 * @param fixed         in the baseline, and PASS now: the entry can be removed
 * @param staleIds      baseline ids that did not run at all (renamed, removed, or filtered out by tags)
 * @param passed        no new failures
 * @param notRun        in the baseline, and SKIP now: neither fixed nor failing
 * @param mismatched    in the baseline for another failure than the one seen now: these are new failures too
 */
public record Gate(List<ScenarioResult> results, List<ScenarioResult> newFailures,
                   List<ScenarioResult> knownFailures, List<ScenarioResult> fixed, List<String> staleIds,
                   boolean passed, List<ScenarioResult> notRun, List<Mismatch> mismatched) {

    /** A baselined scenario that failed otherwise than its entry records. */
    public record Mismatch(ScenarioResult result, Baseline.Entry entry) {
        /** {@code baselined for: FAIL at "step": rule} (or the coarse entry's reason). */
        public String recorded() {
            return entry.failure().map(BaselineFailure::describe).orElse(entry.reason());
        }
    }

    /** A gate without mismatches (as before exact baselines). */
    public Gate(List<ScenarioResult> results, List<ScenarioResult> newFailures, List<ScenarioResult> knownFailures,
                List<ScenarioResult> fixed, List<String> staleIds, boolean passed, List<ScenarioResult> notRun) {
        this(results, newFailures, knownFailures, fixed, staleIds, passed, notRun, List.of());
    }

    public Gate {
        results = List.copyOf(results);
        newFailures = List.copyOf(newFailures);
        knownFailures = List.copyOf(knownFailures);
        fixed = List.copyOf(fixed);
        staleIds = List.copyOf(staleIds);
        notRun = List.copyOf(notRun);
        mismatched = List.copyOf(mismatched);
    }

    /** What the console prints after the summary line; empty when there is nothing to say. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (!newFailures.isEmpty()) {
            sb.append("Build fails: ").append(Text.plural(newFailures.size(), "failure", "failures"))
                    .append(" not in the baseline:\n");
            for (ScenarioResult r : newFailures) {
                sb.append("  ").append(r.verdict()).append(' ').append(r.id());
                if (!r.message().isBlank()) {
                    sb.append(": ").append(Text.oneLine(r.message()));
                }
                sb.append('\n');
                for (Mismatch m : mismatched) {
                    if (m.result().id().equals(r.id())) {
                        sb.append("    (baselined for another failure: ").append(Text.oneLine(m.recorded())).append(")\n");
                    }
                }
            }
        }
        if (!knownFailures.isEmpty()) {
            sb.append(Text.plural(knownFailures.size(), "known failure", "known failures"))
                    .append(" (baselined) still fail.\n");
        }
        if (!fixed.isEmpty()) {
            sb.append(Text.plural(fixed.size(), "baselined scenario now passes", "baselined scenarios now pass"))
                    .append("; remove from the baseline:\n");
            for (ScenarioResult r : fixed) {
                sb.append("  ").append(r.id()).append('\n');
            }
        }
        if (!notRun.isEmpty()) {
            sb.append(Text.plural(notRun.size(), "baselined scenario was", "baselined scenarios were"))
                    .append(" skipped this run (neither fixed nor failing):\n");
            for (ScenarioResult r : notRun) {
                sb.append("  ").append(r.id()).append('\n');
            }
        }
        if (!staleIds.isEmpty()) {
            sb.append(Text.plural(staleIds.size(), "baseline entry", "baseline entries"))
                    .append(" did not run (renamed, removed, or filtered out):\n");
            for (String id : staleIds) {
                sb.append("  ").append(id).append('\n');
            }
        }
        return sb.toString();
    }
}
