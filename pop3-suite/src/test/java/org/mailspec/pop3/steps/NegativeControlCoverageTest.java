package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.NegativeControls;

/**
 * Every assertion step must be able to fail: each {@code @Then} method of the glue is named by at
 * least one {@link NegativeControl} test, and every name a NegativeControl gives is a real
 * {@code @Then} method.
 */
class NegativeControlCoverageTest {

    @Test
    void everyThenStepHasANegativeControl() {
        List<Class<?>> classes = NegativeControls.classesOfPackage(NegativeControlCoverageTest.class);
        NegativeControls c = NegativeControls.of(Then.class, classes, classes);
        assertThat(c.thenSteps()).as("the @Then steps of the POP3 glue").hasSizeGreaterThan(20);
        assertThat(c.missing()).as("@Then steps no @NegativeControl test names").isEmpty();
        assertThat(c.stale()).as("@NegativeControl names that are not @Then steps").isEmpty();
    }
}
