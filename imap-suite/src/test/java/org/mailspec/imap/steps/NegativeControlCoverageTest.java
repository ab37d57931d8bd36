package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mailspec.run.NegativeControl;

/** Every assertion step is shown failing against a scripted server that breaks its rule. */
class NegativeControlCoverageTest {

    static final List<Class<?>> STEP_CLASSES = List.of(SessionSteps.class, MailboxSteps.class, MessageSteps.class,
            CommandSteps.class, ResponseSteps.class, CapabilitySteps.class, FetchSteps.class, SearchSteps.class);

    static final List<Class<?>> TEST_CLASSES = List.of(ResponseStepsTest.class, FetchStepsTest.class,
            MailboxStepsTest.class, OtherStepsTest.class);

    @Test
    void everyThenStepHasANegativeControl() {
        Set<String> thens = new TreeSet<>();
        for (Class<?> c : STEP_CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Then.class)) {
                    thens.add(c.getSimpleName() + "#" + m.getName());
                }
            }
        }
        Set<String> controlled = TEST_CLASSES.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(NegativeControl.class) && m.isAnnotationPresent(org.junit.jupiter.api.Test.class))
                .flatMap(m -> Arrays.stream(m.getAnnotation(NegativeControl.class).value()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(thens);
        missing.removeAll(controlled);
        assertThat(missing).as("@Then steps without a @NegativeControl test").isEmpty();
        Set<String> stale = new TreeSet<>(controlled);
        stale.removeAll(thens);
        assertThat(stale).as("@NegativeControl names that are no @Then step").isEmpty();
        assertThat(thens).hasSizeGreaterThan(60);
    }
}
