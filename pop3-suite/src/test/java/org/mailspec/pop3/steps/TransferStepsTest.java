package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TransferStepsTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "multipart", "nested-rfc822", "dot-lines", "eight-bit-long-lines"})
    void everyFixtureArrivesByteForByte(String fixture) {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m", fixture).login("A").send("A", "RETR $m");
            h.transfer.receivesMessage("A", "m");
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesMessage")
    void missingDotStuffingFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.NO_DOT_STUFFING))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "RETR $dotted");
            assertThatThrownBy(() -> h.transfer.receivesMessage("A", "dotted")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesMessage")
    void missingTerminatorFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.NO_TERMINATOR))) {
            h.seed("m1", "plain").login("A").send("A", "RETR $m1");
            assertThatThrownBy(() -> h.transfer.receivesMessage("A", "m1")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesMessage")
    void eightBitOctetsAlteredFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.HIGH_BIT_STRIPPED))) {
            h.seed("wide", "eight-bit-long-lines").login("A").send("A", "RETR $wide");
            assertThatThrownBy(() -> h.transfer.receivesMessage("A", "wide")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesMessage")
    void foldedLongLineFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.LONG_LINES_FOLDED))) {
            h.seed("wide", "eight-bit-long-lines").login("A").send("A", "RETR $wide");
            assertThatThrownBy(() -> h.transfer.receivesMessage("A", "wide")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesMessage")
    void anotherMessagesBytesFail() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.RETR_SENDS_OTHER_MESSAGE))) {
            h.seed("m1", "plain").seed("m2", "plain").login("A").send("A", "RETR $m2");
            assertThatThrownBy(() -> h.transfer.receivesMessage("A", "m2")).isInstanceOf(RuleViolation.class);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 1000})
    void topSendsHeadersAndNLines(int n) {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("m1", "plain").login("A").send("A", "TOP $m1 " + n);
            h.transfer.receivesTop("A", "m1", n);
        }
    }

    @Test
    void topOfDotLinesIsStuffed() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.seed("dotted", "dot-lines").login("A").send("A", "TOP $dotted 1000");
            h.transfer.receivesTop("A", "dotted", 1000);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesTop")
    void oneBodyLineTooManyFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.TOP_ONE_LINE_TOO_MANY))) {
            h.seed("m1", "plain").login("A").send("A", "TOP $m1 1");
            assertThatThrownBy(() -> h.transfer.receivesTop("A", "m1", 1)).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesTop")
    void missingBlankLineFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.TOP_WITHOUT_BLANK_LINE))) {
            h.seed("m1", "plain").login("A").send("A", "TOP $m1 0");
            assertThatThrownBy(() -> h.transfer.receivesTop("A", "m1", 0)).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("TransferSteps#receivesTop")
    void unstuffedTopFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.NO_DOT_STUFFING))) {
            h.seed("dotted", "dot-lines").login("A").send("A", "TOP $dotted 1000");
            assertThatThrownBy(() -> h.transfer.receivesTop("A", "dotted", 1000)).isInstanceOf(RuleViolation.class);
        }
    }
}
