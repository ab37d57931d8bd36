package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The findings no step judged fail a scenario: grammar deviations, plaintext before TLS, the sessions'
 * findings, then lines that answered no command; and nothing the server says is dropped on the way.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class VerdictsTest {

    @Test
    void aCorrectSessionLeavesNothingUnjudged() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "dot-lines").login("A").send("A", "RETR $m1", "LIST", "UIDL");
            assertThat(h.verdicts.unjudged()).isEmpty();
        }
    }

    @Test
    void aSecondReplyFailsTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.RSET_ANSWERED_TWICE))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET", "LIST");
            assertThat(h.verdicts.unsolicited()).hasSize(1).first().asString().contains("undeleted");
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("one reply per command"));
        }
    }

    /** Issue 12 section 3: a grammar deviation is the run's finding, not a failure of the scenario that met it. */
    @Test
    void grammarDeviationsGoToTheRunsFindingsNotTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.NO_DOT_STUFFING))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "RETR $dotted");
            assertThat(h.verdicts.unjudged()).isEmpty();
            org.mailspec.run.grammar.GrammarFindings g = new org.mailspec.run.grammar.GrammarFindings("pop3");
            h.verdicts.reportGrammar(g, "pop3/retr.feature:9");
            assertThat(g.verdicts(s -> s)).singleElement().satisfies(f -> {
                assertThat(f.verdict()).isEqualTo(org.mailspec.report.Verdict.FAIL);
                assertThat(f.message()).contains("dot-stuffed").contains("pop3/retr.feature:9");
            });
        }
    }

    /** Issue 12 section 4: what the server says during the clean-up is judged with the rest. */
    @Test
    void aLineThatArrivesWithTheLastReplyIsReadOffInTheCleanUp() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.RSET_ANSWERED_TWICE))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET");
            h.sessions.closeAll();
            // the scenario's RSET, and the clean-up's own RSET, which the broken server answers twice too
            assertThat(h.verdicts.unsolicited()).hasSize(2).allSatisfy(u -> assertThat(u).contains("undeleted"));
            assertThat(h.verdicts.unsolicited().get(1)).contains("the clean-up RSET");
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v).hasMessageContaining("one reply per command"));
        }
    }

    @Test
    void aLineBeforeADroppedConnectionIsReadOff() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.RSET_ANSWERED_TWICE))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "RSET");
            h.session.drops("A");
            assertThat(h.verdicts.unsolicited()).hasSize(1).first().asString().contains("undeleted");
        }
    }

    @Test
    void bytesAfterTheReplyToQuitNoStepJudgedFailTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.QUIT_ANSWERED_TWICE))) {
            h.connect("A").send("A", "QUIT");
            h.sessions.closeAll();
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("one reply per command").hasMessageContaining("see you soon"));
        }
    }

    @Test
    void bytesAfterTheReplyToTheCleanUpQuitFailTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.QUIT_ANSWERED_TWICE))) {
            h.login("A").send("A", "NOOP");
            h.sessions.closeAll();
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("clean-up QUIT").hasMessageContaining("see you soon"));
        }
    }

    @Test
    void aReplyCutOffByTheCloseIsAFinding() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.NOOP_CUT_OFF))) {
            h.login("A").send("A", "NOOP");
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("terminated by a CRLF pair").hasMessageContaining("+OK no"));
        }
    }

    @Test
    void aFindingOfTheSeededProbeFailsTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.FOREIGN_SCAN_LISTING_MALFORMED).foreign(2))) {
            h.seed("m1", "plain").login("A");
            assertThat(h.maildropPart.numberIfPresent(h.sessions.client("A"), "m1")).contains(3);
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("A scan listing consists of").hasMessageContaining("1  "));
        }
    }

    @Test
    void aSeededMessageThatCouldBeBehindAnUnreadableLineIsAnError() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.FOREIGN_SCAN_LISTING_MALFORMED).foreign(1))) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1", "QUIT");
            assertThatThrownBy(() -> h.login("B")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no scan listing").hasMessageContaining("m1 could be behind them");
        }
    }

    @Test
    void aCleanUpRsetNotAnsweredOkDropsTheConnectionSoNothingIsRemoved() {
        FakePop3 server = FakePop3.breaking(FakePop3.Break.RSET_ERR);
        try (Harness h = Harness.on(server)) {
            h.seed("m1", "plain").login("A").send("A", "DELE $m1");
            h.sessions.closeAll();
            assertThat(h.sessions.client("A").exchanges()).extracting(Exchange::command).doesNotContain("QUIT");
            assertThat(server.size()).isEqualTo(1);
        }
    }

    @Test
    void aViolationMarksTheReplyItIsAbout() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "STAT");
            Client a = h.sessions.client("A");
            var v = h.verdicts.violation(a, a.last(), "a rule", "something else");
            assertThat(v.getMessage()).contains("STAT got");
            assertThat(h.sessions.transcript().marks()).hasSize(1);
        }
    }
}
