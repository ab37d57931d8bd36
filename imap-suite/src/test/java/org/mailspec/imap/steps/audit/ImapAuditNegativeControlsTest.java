package org.mailspec.imap.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.testing.NegativeControls;

/** Every @Then of the IMAP audit steps is named by a NegativeControl test (the shared steps' are core's). */
class ImapAuditNegativeControlsTest {
    static final List<Class<?>> STEPS = List.of(ImapCredentialAuditSteps.class, ImapBannerAuditSteps.class,
            ImapTlsAuditSteps.class, ImapRobustnessAuditSteps.class);

    @Test
    void everyAuditAssertionHasANegativeControl() {
        NegativeControls c = NegativeControls.of(Then.class, STEPS, List.of(ImapAuditStepsTest.class));
        assertThat(c.thenCount()).isEqualTo(8);
        assertThat(c.missing()).as("@Then methods without a NegativeControl").isEmpty();
    }
}
