package org.mailspec.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies a baseline to a run's results: which failures are new, which are known, which are fixed. */
public final class BaselineCheck {
    private BaselineCheck() {
    }

    /**
     * Marks every result listed in {@code baseline} (flag and reason; results not listed lose any flag
     * they had) and sorts them out. The gate passes when no result is a new failure: FAIL or ERROR, or
     * WARN when {@code strict}, not in the baseline. ERROR is never counted as PASS, so a baselined
     * scenario that now ERRORs is a known failure, not fixed. A baselined scenario that SKIPs is in
     * {@link Gate#notRun()}, neither fixed nor failing. A suite stopped by its preflight ({@link SuiteStop})
     * is never baselined: it always fails the gate.
     */
    public static Gate apply(List<ScenarioResult> results, Baseline baseline, boolean strict) {
        List<ScenarioResult> marked = new ArrayList<>(results.size());
        List<ScenarioResult> newFailures = new ArrayList<>();
        List<ScenarioResult> known = new ArrayList<>();
        List<ScenarioResult> fixed = new ArrayList<>();
        List<ScenarioResult> notRun = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        for (ScenarioResult r : results) {
            // a stopped suite fails the gate whatever the baseline says
            ScenarioResult m = r.withBaseline(r.isSuiteStop() ? null : baseline.entries().get(r.id()));
            marked.add(m);
            ran.add(m.id());
            if (m.isNewFailure(strict)) {
                newFailures.add(m);
            } else if (m.isKnownFailure(strict)) {
                known.add(m);
            } else if (m.isFixed()) {
                fixed.add(m);
            } else if (m.baselined() && m.verdict() == Verdict.SKIP) {
                notRun.add(m);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String id : baseline.entries().keySet()) {
            if (!ran.contains(id)) {
                stale.add(id);
            }
        }
        return new Gate(marked, newFailures, known, fixed, stale, newFailures.isEmpty(), notRun);
    }
}
