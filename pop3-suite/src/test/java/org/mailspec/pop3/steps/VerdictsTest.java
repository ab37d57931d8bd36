package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The findings no step judged fail a scenario: grammar deviations, then lines that answered no command. */
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

    @Test
    void grammarViolationsNoStepJudgedFailTheScenario() {
        try (Harness h = Harness.on(FakePop3.breaking(FakePop3.Break.NO_DOT_STUFFING))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "RETR $dotted");
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("dot-stuffed"));
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
