package org.mailspec.pop3.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.pop3.steps.FakePop3.Break;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.ScriptedServer;

/** RFC 2595 section 4: "A TLS negotiation begins immediately after the CRLF at the end of the +OK response". */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsStepsTest {

    @Test
    void aHandshakeRightAfterTheOkPasses() {
        try (Harness h = Harness.withTls(FakePop3.correct())) {
            h.session.connectedWithoutTls("A");
            h.send("A", "STLS");
            h.session.negotiatesTls("A");
            h.tls.beginsImmediately("A");
            assertThat(h.verdicts.unjudged()).isEmpty();
        }
    }

    @Test
    @NegativeControl("TlsSteps#beginsImmediately")
    void aPlaintextLineAfterTheOkFails() {
        try (Harness h = Harness.withTls(FakePop3.breaking(Break.STLS_PLAINTEXT_AFTER_OK))) {
            h.session.connectedWithoutTls("A");
            h.send("A", "STLS");
            h.status.receivesOk("A");
            h.session.negotiatesTls("A");
            assertThatThrownBy(() -> h.tls.beginsImmediately("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("RFC 2595 section 4").hasMessageContaining("+OK injected before TLS");
            assertThat(h.sessions.transcript().marks()).isNotEmpty();
        }
    }

    /** The negative control on ScriptedServer alone: its replyThenStartTls sends the OK and a second line in one write. */
    @Test
    @NegativeControl("TlsSteps#beginsImmediately")
    void aScriptedServerThatSendsALineBeforeTheHandshakeFails() {
        ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("STLS").replyThenStartTls("+OK go ahead\r\n-ERR not under TLS\r\n")
                .onCommand("QUIT", ex -> {
                    ex.sendLine("+OK bye");
                    ex.close();
                }).start();
        try (FakePop3 unused = FakePop3.correct();
             Harness h = new Harness(unused, server.endpoint(TlsMode.NONE), Harness.TLS_TIMEOUT)) {
            h.session.connectedWithoutTls("A");
            h.send("A", "STLS");
            h.session.negotiatesTls("A");
            assertThatThrownBy(() -> h.tls.beginsImmediately("A")).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("-ERR not under TLS");
        } finally {
            server.close();
        }
    }

    /** Every STLS negotiation is judged: the one the configured connection does first, too. */
    @Test
    void plaintextAfterTheConfiguredStlsIsAFindingNoStepNeedsToName() {
        FakePop3 server = FakePop3.breaking(Break.STLS_PLAINTEXT_AFTER_OK);
        try (Harness h = new Harness(server, server.server().endpoint(TlsMode.STARTTLS), Harness.TLS_TIMEOUT)) {
            h.connect("A");
            h.session.authenticates("A");
            h.status.receivesOk("A");
            assertThat(h.verdicts.unjudged()).get().satisfies(v -> assertThat(v)
                    .hasMessageContaining("A TLS negotiation begins immediately after the CRLF")
                    .hasMessageContaining("+OK injected before TLS"));
        }
    }
}
