package org.mailspec.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    @Test
    void findsNewFailuresFixedChangedAddedRemoved() {
        Comparison c = Comparison.compare(Samples.previousOfRealistic(), Samples.realistic());
        assertThat(c.newFailures()).extracting(ScenarioResult::id)
                .containsExactly("pop3/list/list-of-a-deleted-message-is-an-error");
        assertThat(c.fixed()).extracting(ScenarioResult::id).containsExactly("imap/append/append-returns-appenduid");
        assertThat(c.changed()).containsExactly(
                new Comparison.Change("imap/append/append-returns-appenduid", "APPEND returns APPENDUID", Verdict.FAIL, Verdict.PASS),
                new Comparison.Change("pop3/list/list-of-a-deleted-message-is-an-error", "LIST of a deleted message is an error",
                        Verdict.PASS, Verdict.FAIL));
        assertThat(c.added()).extracting(ScenarioResult::id)
                .containsExactly("pop3/quit/quit-in-transaction-removes-deleted-messages");
        assertThat(c.removed()).extracting(ScenarioResult::id).containsExactly("imap/check/check-is-answered-ok");
        assertThat(c.text()).isEqualTo("""
                Compared with run 20260228-100000-ff00 (2026-02-28T10:00:00Z): 1 new failure, 1 fixed, 2 changed, 1 added, 1 removed
                  FAIL -> PASS  imap/append/append-returns-appenduid
                  PASS -> FAIL  pop3/list/list-of-a-deleted-message-is-an-error
                  added (PASS)  pop3/quit/quit-in-transaction-removes-deleted-messages
                  removed (was PASS)  imap/check/check-is-answered-ok
                """);
    }

    @Test
    void sameRunComparesEmpty() {
        Comparison c = Comparison.compare(Samples.realistic(), Samples.realistic());
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.text()).endsWith("no verdict changed.\n");
    }

    @Test
    void skipToPassIsAChangeButNotAFixAndPassToErrorIsANewFailure() {
        Report before = Samples.small();
        java.util.List<ScenarioResult> now = new java.util.ArrayList<>();
        for (ScenarioResult s : before.scenarios()) {
            if (s.verdict() == Verdict.SKIP) {
                now.add(Samples.with(s, Verdict.PASS));
            } else if (s.id().equals("imap/select/select-inbox-reports-read-write")) {
                now.add(Samples.with(s, Verdict.ERROR));
            } else {
                now.add(s);
            }
        }
        Comparison c = Comparison.compare(before, before.withScenarios(now));
        assertThat(c.fixed()).isEmpty();
        assertThat(c.changed()).hasSize(2);
        assertThat(c.newFailures()).extracting(ScenarioResult::verdict).containsExactly(Verdict.ERROR);
    }
}
