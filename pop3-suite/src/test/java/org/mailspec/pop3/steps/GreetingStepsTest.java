package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class GreetingStepsTest {

    @Test
    void positiveGreetingPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A");
            h.greeting.greetingOk("A");
        }
    }

    @Test
    @NegativeControl("GreetingSteps#greetingOk")
    void negativeGreetingFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.ERR_GREETING))) {
            h.connect("A");
            assertThatThrownBy(() -> h.greeting.greetingOk("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void msgIdTimestampPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A");
            h.session.greetingCarriesTimestamp("A");
            h.greeting.timestampSyntax("A");
        }
    }

    @Test
    @NegativeControl("GreetingSteps#timestampSyntax")
    void timestampWithoutAtFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.TIMESTAMP_WITHOUT_AT))) {
            h.connect("A");
            assertThatThrownBy(() -> h.greeting.timestampSyntax("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void differentTimestampsPass() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").connect("B");
            h.greeting.differentTimestamps("A", "B");
        }
    }

    @Test
    @NegativeControl("GreetingSteps#differentTimestamps")
    void sameTimestampTwiceFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.SAME_TIMESTAMP))) {
            h.connect("A").connect("B");
            assertThatThrownBy(() -> h.greeting.differentTimestamps("A", "B")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void apopWithTheRightDigestLogsIn() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "APOP $user $apop-digest");
            h.status.receivesOk("A");
            h.send("A", "STAT");
            h.listing.receivesDropListing("A");
        }
    }
}
