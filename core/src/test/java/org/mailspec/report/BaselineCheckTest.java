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
        return Baseline.coarse(m);
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
        Gate known = BaselineCheck.apply(List.of(r("e", Verdict.ERROR)), baseline("imap/x/e", "ERROR: flaky network"), false);
        assertThat(known.passed()).as("a coarse entry the old writer wrote for an ERROR").isTrue();
        assertThat(known.fixed()).isEmpty();
        assertThat(known.knownFailures()).hasSize(1);
    }

    /** The failing SELECT of the samples, and its exact baseline entry. */
    private static final ScenarioResult SELECT = Samples.smallScenarios().get(1);
    private static final String EXACT = """
            imap/select/select-a-missing-mailbox-answers-no  answers BAD, tracked upstream
                verdict: FAIL
                step: Then the server answers NO
                rule: expected a tagged NO, got a tagged BAD with <script>alert(1)</script>
                expected: a1 NO [NONEXISTENT] ...
            """;

    @Test
    void aKnownFailurePassesTheGate() {
        Gate g = BaselineCheck.apply(List.of(SELECT), Baseline.parse(EXACT, "b"), false);
        assertThat(g.passed()).isTrue();
        assertThat(g.knownFailures()).singleElement().satisfies(s -> assertThat(s.baselineReason()).isEqualTo("answers BAD, tracked upstream"));
        assertThat(g.mismatched()).isEmpty();
    }

    @Test
    void aDifferentFailureOfTheSameScenarioDoesNot() {
        ScenarioResult otherStep = Samples.S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.FAIL)
                .message("the tagged NO has no response code (expected [NONEXISTENT]; got a1 NO no such mailbox)")
                .failed("Then the response code is NONEXISTENT", "[NONEXISTENT]", "a1 NO no such mailbox").build();
        Gate g = BaselineCheck.apply(List.of(otherStep), Baseline.parse(EXACT, "b"), false);
        assertThat(g.passed()).isFalse();
        assertThat(g.newFailures()).singleElement().satisfies(s -> assertThat(s.baselined()).isFalse());
        assertThat(g.mismatched()).singleElement().satisfies(m -> assertThat(m.recorded())
                .isEqualTo("FAIL at \"Then the server answers NO\": expected a tagged NO, got a tagged BAD with "
                        + "<script>alert(1)</script> (expected a1 NO [NONEXISTENT] ...)"));
        assertThat(g.text()).contains("  FAIL imap/select/select-a-missing-mailbox-answers-no: the tagged NO has no response code")
                .contains("    (baselined for another failure: FAIL at \"Then the server answers NO\"");
        ScenarioResult otherExpected = Samples.S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.FAIL)
                .message(SELECT.message()).failed(SELECT.failedStep(), "a1 NO [TRYCREATE] ...", SELECT.actual()).build();
        assertThat(BaselineCheck.apply(List.of(otherExpected), Baseline.parse(EXACT, "b"), false).passed()).isFalse();
    }

    @Test
    void anErrorOfABaselinedScenarioDoesNot() {
        ScenarioResult error = Samples.S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.ERROR)
                .message("ReadTimeoutException: no reply within 10 s on imap#1").failed(SELECT.failedStep(), null, null).build();
        Gate exact = BaselineCheck.apply(List.of(error), Baseline.parse(EXACT, "b"), false);
        assertThat(exact.passed()).isFalse();
        assertThat(exact.mismatched()).hasSize(1);
        Gate coarse = BaselineCheck.apply(List.of(error),
                baseline("imap/select/select-a-missing-mailbox-answers-no", "answers BAD, tracked upstream"), false);
        assertThat(coarse.passed()).as("a coarse entry written for a FAIL does not excuse an ERROR either").isFalse();
    }

    @Test
    void theSameFailureAtAnotherLevelIsStillKnown() {
        ScenarioResult warn = Samples.S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.WARN).level("should")
                .message(SELECT.message()).failed(SELECT.failedStep(), SELECT.expected(), SELECT.actual()).build();
        Gate g = BaselineCheck.apply(List.of(warn), Baseline.parse(EXACT, "b"), true);
        assertThat(g.passed()).isTrue();
        assertThat(g.knownFailures()).hasSize(1);
    }

    @Test
    void aCoarseEntryCoversAnyFailOfItsScenario() {
        ScenarioResult other = Samples.S.of("imap/select.feature", "SELECT a missing mailbox answers NO", Verdict.FAIL)
                .message("something else entirely").build();
        assertThat(BaselineCheck.apply(List.of(other),
                baseline("imap/select/select-a-missing-mailbox-answers-no", "old entry"), false).passed()).isTrue();
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
