package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailspec.testing.NegativeControls;

/** Every assertion step is shown failing against a scripted server that breaks its rule. */
class NegativeControlCoverageTest {

    static final List<Class<?>> STEP_CLASSES = List.of(SessionSteps.class, MailboxSteps.class, MessageSteps.class,
            CommandSteps.class, ResponseSteps.class, PipelineSteps.class, CapabilitySteps.class, FetchSteps.class,
            UidSteps.class, SearchSteps.class, DeliverySteps.class, LookupSteps.class, Pop3ViewSteps.class);

    static final List<Class<?>> TEST_CLASSES = List.of(ResponseStepsTest.class, PipelineStepsTest.class,
            FetchStepsTest.class, UidStepsTest.class, MailboxStepsTest.class, OtherStepsTest.class, DeliveryStepsTest.class,
            Pop3ViewStepsTest.class);

    @Test
    void everyThenStepHasANegativeControl() {
        NegativeControls c = NegativeControls.of(Then.class, STEP_CLASSES, TEST_CLASSES);
        assertThat(c.missing()).as("@Then steps without a @NegativeControl test").isEmpty();
        assertThat(c.stale()).as("@NegativeControl names that are no @Then step").isEmpty();
        assertThat(c.thenSteps()).hasSizeGreaterThan(60);
    }
}
