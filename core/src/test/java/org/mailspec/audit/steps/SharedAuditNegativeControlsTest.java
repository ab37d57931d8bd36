package org.mailspec.audit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.testing.NegativeControls;

/** Every @Then of the shared audit steps (every class of this package, so a new one is covered too) is named by a NegativeControl test. */
class SharedAuditNegativeControlsTest {

    @Test
    void everySharedAuditAssertionHasANegativeControl() {
        var classes = NegativeControls.classesOfPackage(AuditWorld.class);
        NegativeControls c = NegativeControls.of(Then.class, classes, classes);
        assertThat(c.thenCount()).isEqualTo(14);
        assertThat(c.missing()).as("@Then methods without a NegativeControl").isEmpty();
        assertThat(c.stale()).as("NegativeControl names that are no @Then").isEmpty();
    }
}
