package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineCheckTest {

    private static ScenarioResult r(String name, Verdict v) {
        return Samples.S.of("imap/x.feature", name, v).message(v == Verdict.PASS ? "" : "why " + name).build();
    }

    private static Baseline baseline(String... idReason) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idReason.length; i += 2) {
            m.put(idReason[i], idReason[i + 1]);
        }
        return new Baseline(m);
    }

    @Test
    void aNewFailureFailsTheGate() {
        Gate g = BaselineCheck.apply(List.of(r("a", Verdict.PASS), r("b", Verdict.FAIL)), Baseline.empty(), false);
        assertThat(g.passed()).isFalse();
        assertThat(g.newFailures()).extracting(ScenarioResult::id).containsExactly("imap/x/b");
        assertThat(g.text()).startsWith("Build fails: 1 failure not in the baseline:\n  FAIL imap/x/b: why b\n");
    }

    @Test
    void aBaselinedFailureDoesNot() {
        Gate g = BaselineCheck.apply(List.of(r("a", Verdict.PASS), r("b", Verdict.FAIL)),
                baseline("imap/x/b", "known: upstream bug"), false);
        assertThat(g.passed()).isTrue();
        assertThat(g.newFailures()).isEmpty();
        assertThat(g.knownFailures()).singleElement().satisfies(s -> {
            assertThat(s.baselined()).isTrue();
            assertThat(s.baselineReason()).isEqualTo("known: upstream bug");
        });
        assertThat(g.results().get(0).baselined()).isFalse();
    }

    @Test
    void aBaselinedScenarioThatPassesIsFixed() {
        Gate g = BaselineCheck.apply(List.of(r("a", Verdict.PASS)), baseline("imap/x/a", "was broken"), false);
        assertThat(g.passed()).isTrue();
        assertThat(g.fixed()).extracting(ScenarioResult::id).containsExactly("imap/x/a");
        assertThat(g.fixed().get(0).isFixed()).isTrue();
        assertThat(g.text()).contains("1 baselined scenario now passes; remove from the baseline:\n  imap/x/a\n");
    }

    @Test
    void errorIsNeverCountedAsPass() {
        Gate fresh = BaselineCheck.apply(List.of(r("e", Verdict.ERROR)), Baseline.empty(), false);
        assertThat(fresh.passed()).isFalse();
        assertThat(fresh.newFailures()).hasSize(1);
        Gate known = BaselineCheck.apply(List.of(r("e", Verdict.ERROR)), baseline("imap/x/e", "flaky network"), false);
        assertThat(known.passed()).isTrue();
        assertThat(known.fixed()).isEmpty();
        assertThat(known.knownFailures()).hasSize(1);
    }

    @Test
    void strictTurnsWarnIntoFailure() {
        List<ScenarioResult> results = List.of(r("w", Verdict.WARN));
        assertThat(BaselineCheck.apply(results, Baseline.empty(), false).passed()).isTrue();
        Gate strict = BaselineCheck.apply(results, Baseline.empty(), true);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.newFailures()).extracting(ScenarioResult::verdict).containsExactly(Verdict.WARN);
        assertThat(BaselineCheck.apply(results, baseline("imap/x/w", "should, not must"), true).passed()).isTrue();
    }

    @Test
    void aBaselinedSkipIsNeitherFixedNorFailingAndMissingIdsAreStale() {
        Gate g = BaselineCheck.apply(List.of(r("s", Verdict.SKIP)),
                baseline("imap/x/s", "needs IDLE", "imap/x/gone", "renamed since"), false);
        assertThat(g.passed()).isTrue();
        assertThat(g.fixed()).isEmpty();
        assertThat(g.knownFailures()).isEmpty();
        assertThat(g.notRun()).extracting(ScenarioResult::id).containsExactly("imap/x/s");
        assertThat(g.staleIds()).containsExactly("imap/x/gone");
        assertThat(g.text()).contains("skipped this run").contains("1 baseline entry did not run");
    }

    @Test
    void clearsAFlagTheBaselineNoLongerHas() {
        ScenarioResult old = r("a", Verdict.FAIL).withBaseline("old reason");
        Gate g = BaselineCheck.apply(List.of(old), Baseline.empty(), false);
        assertThat(g.results().get(0).baselined()).isFalse();
        assertThat(g.results().get(0).baselineReason()).isNull();
        assertThat(g.passed()).isFalse();
    }
}
