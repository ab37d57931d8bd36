package org.mailspec.pop3.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.run.NegativeControl;

/** Every @Then of the POP3 audit steps is named by a NegativeControl test. */
class Pop3AuditNegativeControlsTest {
    static final List<Class<?>> STEPS = List.of(Pop3CredentialAuditSteps.class,
            Pop3TlsAuditSteps.class, Pop3LogAuditSteps.class, Pop3RobustnessAuditSteps.class);

    @Test
    void everyAuditAssertionHasANegativeControl() {
        Set<String> covered = new HashSet<>();
        for (Method m : Pop3AuditStepsTest.class.getDeclaredMethods()) {
            NegativeControl nc = m.getAnnotation(NegativeControl.class);
            if (nc != null) {
                covered.addAll(List.of(nc.value()));
            }
        }
        List<String> missing = new ArrayList<>();
        int assertions = 0;
        for (Class<?> c : STEPS) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Then.class)) {
                    assertions++;
                    String id = c.getSimpleName() + "#" + m.getName();
                    if (!covered.contains(id)) {
                        missing.add(id);
                    }
                }
            }
        }
        assertThat(assertions).isEqualTo(14);
        assertThat(missing).as("@Then methods without a NegativeControl").isEmpty();
    }
}
