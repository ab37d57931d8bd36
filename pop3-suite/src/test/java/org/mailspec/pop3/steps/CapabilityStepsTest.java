package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CapabilityStepsTest {

    @Test
    void capabilityListPasses() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "CAPA");
            h.capa.receivesCapabilityList("A");
        }
    }

    @Test
    @NegativeControl("CapabilitySteps#receivesCapabilityList")
    void emptyCapabilityLineFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.CAPA_EMPTY_LINE))) {
            h.connect("A").send("A", "CAPA");
            assertThatThrownBy(() -> h.capa.receivesCapabilityList("A")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    @NegativeControl("CapabilitySteps#receivesCapabilityList")
    void capabilityLineOver512OctetsFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.CAPA_LINE_TOO_LONG))) {
            h.connect("A").send("A", "CAPA");
            assertThatThrownBy(() -> h.capa.receivesCapabilityList("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("octets with CRLF");
        }
    }

    @Test
    void noStlsAfterTls() {
        try (Harness h = Harness.withTls(FakePop3.correct())) {
            h.session.connectedWithoutTls("A");
            h.send("A", "STLS");
            h.session.negotiatesTls("A");
            h.send("A", "CAPA");
            h.capa.receivesCapabilityList("A");
            h.capa.doesNotAnnounce("A", "STLS");
            h.send("A", "STAT");
            h.status.receivesErr("A");
            h.session.authenticates("A");
            h.status.receivesOk("A");
        }
    }

    @Test
    @NegativeControl("CapabilitySteps#doesNotAnnounce")
    void stlsAnnouncedAfterTlsFails() {
        try (Harness h = Harness.withTls(FakePop3.breaking(Break.STLS_AFTER_TLS))) {
            h.session.connectedWithoutTls("A");
            h.send("A", "STLS");
            h.session.negotiatesTls("A");
            h.send("A", "CAPA");
            assertThatThrownBy(() -> h.capa.doesNotAnnounce("A", "STLS")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void transactionCapabilitiesIncludeAuthorizationOnes() {
        try (Harness h = Harness.on(FakePop3.correct())) {
            h.connect("A").send("A", "CAPA");
            h.session.authenticates("A");
            h.send("A", "CAPA");
            h.capa.transactionIncludesAuthorization("A");
        }
    }

    @Test
    @NegativeControl("CapabilitySteps#transactionIncludesAuthorization")
    void userDroppedAfterLoginFails() {
        try (Harness h = Harness.on(FakePop3.breaking(Break.USER_CAPABILITY_DROPPED_AFTER_LOGIN))) {
            h.connect("A").send("A", "CAPA");
            h.session.authenticates("A");
            h.send("A", "CAPA");
            assertThatThrownBy(() -> h.capa.transactionIncludesAuthorization("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("USER");
        }
    }
}
