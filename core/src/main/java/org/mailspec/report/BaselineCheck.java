package org.mailspec.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies a baseline to a run's results: which failures are new, which are known, which are fixed. */
public final class BaselineCheck {
    private BaselineCheck() {
    }

    /** {@link #apply(List, Baseline, boolean, String)} without a run id to take out of the values compared. */
    public static Gate apply(List<ScenarioResult> results, Baseline baseline, boolean strict) {
        return apply(results, baseline, strict, null);
    }

    /**
     * Marks every result listed in {@code baseline} (flag and reason; results not listed lose any flag
     * they had) and sorts them out. The gate passes when no result is a new failure: FAIL or ERROR, or
     * WARN when {@code strict}, that the baseline does not cover. An exact entry covers only the failure it
     * records ({@link BaselineFailure}); a different failure of that scenario, or an ERROR where it recorded
     * a FAIL, is a new failure, listed in {@link Gate#mismatched()} as well, and its result is not marked
     * baselined. A coarse (id-only) entry covers any FAIL or WARN ({@link Baseline.Entry#covers}). ERROR is
     * never counted as PASS, so a baselined scenario that now ERRORs is never fixed. A baselined scenario
     * that SKIPs is in {@link Gate#notRun()}, neither fixed nor failing. A suite stopped by its preflight
     * ({@link SuiteStop}) is never baselined: it always fails the gate.
     *
     * @param runId the run's id, taken out of the values compared (run-unique mailbox names); may be null
     */
    public static Gate apply(List<ScenarioResult> results, Baseline baseline, boolean strict, String runId) {
        List<ScenarioResult> marked = new ArrayList<>(results.size());
        List<ScenarioResult> newFailures = new ArrayList<>();
        List<ScenarioResult> known = new ArrayList<>();
        List<ScenarioResult> fixed = new ArrayList<>();
        List<ScenarioResult> notRun = new ArrayList<>();
        List<Gate.Mismatch> mismatched = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        for (ScenarioResult r : results) {
            ran.add(r.id());
            // a stopped suite fails the gate whatever the baseline says
            Baseline.Entry e = r.isSuiteStop() ? null : baseline.entries().get(r.id());
            boolean other = e != null && r.isFailing(strict) && !e.covers(r, runId);
            ScenarioResult m = r.withBaseline(e == null || other ? null : e.reason());
            marked.add(m);
            if (other) {
                mismatched.add(new Gate.Mismatch(m, e));
            }
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
        return new Gate(marked, newFailures, known, fixed, stale, newFailures.isEmpty(), notRun, mismatched);
    }
}
