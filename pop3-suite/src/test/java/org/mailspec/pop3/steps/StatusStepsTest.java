package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StatusStepsTest {

    @Test
    void positiveReplyPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "USER $user", "PASS $password");
            h.status.receivesOk("A");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesOk")
    void rightPasswordAnsweredErrFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.RIGHT_PASSWORD_ERR))) {
            h.connect("A").send("A", "USER $user", "PASS $password");
            assertThatThrownBy(() -> h.status.receivesOk("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("PASS ***");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesOk")
    void multiLineReplyWithoutTerminatorFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.NO_TERMINATOR))) {
            h.seed("m1", "plain").login("A").send("A", "RETR $m1");
            assertThatThrownBy(() -> h.status.receivesOk("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("no complete reply");
        }
    }

    @Test
    void negativeReplyPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "STAT");
            h.status.receivesErr("A");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesErr")
    void wrongPasswordAnsweredOkFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.WRONG_PASSWORD_OK))) {
            h.connect("A").send("A", "USER $user", "PASS $wrong-password");
            assertThatThrownBy(() -> h.status.receivesErr("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesErr")
    void statBeforeLoginAnsweredOkFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.STAT_BEFORE_LOGIN_OK))) {
            h.connect("A").send("A", "STAT");
            assertThatThrownBy(() -> h.status.receivesErr("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void responseCodePasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "USER $user", "PASS $wrong-password");
            h.status.receivesErrWithCode("A", "AUTH");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesErrWithCode")
    void missingResponseCodeFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.NO_RESP_CODES))) {
            h.connect("A").send("A", "USER $user", "PASS $wrong-password");
            assertThatThrownBy(() -> h.status.receivesErrWithCode("A", "AUTH")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesErrWithCode")
    void otherResponseCodeFails() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "USER $user", "PASS $wrong-password");
            assertThatThrownBy(() -> h.status.receivesErrWithCode("A", "IN-USE")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void noResponseCodePasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "AUTH X-MAILSPEC-NONE");
            h.status.receivesErrWithoutCode("A", "AUTH");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesErrWithoutCode")
    void authCodeOnAnUnsupportedMechanismFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.AUTH_CODE_FOR_EVERYTHING))) {
            h.connect("A").send("A", "AUTH X-MAILSPEC-NONE");
            assertThatThrownBy(() -> h.status.receivesErrWithoutCode("A", "AUTH")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void emptyChallengePasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "AUTH PLAIN");
            h.status.receivesChallenge("A");
            h.send("A", "$sasl-plain");
            h.status.receivesOk("A");
        }
    }

    @Test
    @NegativeControl("StatusSteps#receivesChallenge")
    void challengeWithTextFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.CHALLENGE_WITH_TEXT))) {
            h.connect("A").send("A", "AUTH PLAIN");
            assertThatThrownBy(() -> h.status.receivesChallenge("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void closeAfterQuitPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.login("A").send("A", "QUIT");
            h.status.closesConnection("A");
        }
    }

    @Test
    @NegativeControl("StatusSteps#closesConnection")
    void connectionLeftOpenAfterQuitFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.QUIT_KEEPS_OPEN))) {
            h.login("A").send("A", "QUIT");
            assertThatThrownBy(() -> h.status.closesConnection("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("still open");
        }
    }

    @Test
    @NegativeControl("StatusSteps#closesConnection")
    void secondReplyToQuitFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.QUIT_ANSWERED_TWICE))) {
            h.login("A").send("A", "QUIT");
            h.status.receivesOk("A");
            assertThatThrownBy(() -> h.status.closesConnection("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("see you soon");
        }
    }
}
