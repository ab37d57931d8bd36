package org.mailspec.pop3.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.testing.NegativeControls;

/** Every @Then of the POP3 audit steps is named by a NegativeControl test (the shared steps' are core's). */
class Pop3AuditNegativeControlsTest {
    static final List<Class<?>> STEPS = List.of(Pop3CredentialAuditSteps.class,
            Pop3TlsAuditSteps.class, Pop3RobustnessAuditSteps.class);

    @Test
    void everyAuditAssertionHasANegativeControl() {
        NegativeControls c = NegativeControls.of(Then.class, STEPS, List.of(Pop3AuditStepsTest.class));
        assertThat(c.thenCount()).isEqualTo(6);
        assertThat(c.missing()).as("@Then methods without a NegativeControl").isEmpty();
    }
}
