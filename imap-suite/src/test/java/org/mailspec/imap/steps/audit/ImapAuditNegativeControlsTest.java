package org.mailspec.imap.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cucumber.java.en.Then;
import org.junit.jupiter.api.Test;
import org.mailspec.run.NegativeControl;

/** Every @Then of the IMAP audit steps is named by a NegativeControl test. */
class ImapAuditNegativeControlsTest {
    static final List<Class<?>> STEPS = List.of(ImapCredentialAuditSteps.class, ImapBannerAuditSteps.class,
            ImapTlsAuditSteps.class, ImapLogAuditSteps.class, ImapRobustnessAuditSteps.class);

    @Test
    void everyAuditAssertionHasANegativeControl() {
        Set<String> covered = new HashSet<>();
        for (Method m : ImapAuditStepsTest.class.getDeclaredMethods()) {
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
        assertThat(assertions).isEqualTo(21);
        assertThat(missing).as("@Then methods without a NegativeControl").isEmpty();
    }
}
