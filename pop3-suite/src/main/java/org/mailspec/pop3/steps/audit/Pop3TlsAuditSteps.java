package org.mailspec.pop3.steps.audit;

import java.nio.charset.StandardCharsets;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.WireException;

/**
 * STLS as the POP3 server offers it: advertised in CAPA, and a command pipelined with it not
 * executed inside TLS. The POP3S port and old TLS versions are the shared steps' (org.mailspec.audit.steps).
 */
public final class Pop3TlsAuditSteps {
    private final AuditWorld<Pop3Client> world;
    private String injectionOutcome;
    private boolean injected;
    private byte[] plaintextAfterOk = new byte[0];

    public Pop3TlsAuditSteps(AuditWorld<Pop3Client> world) {
        this.world = world;
    }

    @Then("the audit finds STLS advertised")
    public void stlsAdvertised() {
        Advertised caps = world.beforeTls().orElseThrow(() -> new IllegalStateException("no CAPA was read before TLS"));
        if (!caps.has("STLS")) {
            throw new RuleViolation("the cleartext port offers STLS (RFC 2595 4)", "STLS in CAPA", caps.listing(),
                    world.sessionName());
        }
    }

    @When("the auditor sends STLS with a command pipelined in the same packet")
    public void stlsWithPipelinedCommand() throws WireException {
        Pop3Client c = world.connectCleartext().client();
        if (!c.capa().has("STLS")) {
            throw Skip.because("the server does not advertise STLS");
        }
        c.sendRaw("STLS\r\nXMAILSPECINJECTED\r\n".getBytes(StandardCharsets.US_ASCII));
        Pop3Reply ok;
        try {
            ok = c.readReply(c.connection().timeout());
        } catch (ConnectionClosedException e) {
            injectionOutcome = "the server closed the connection instead of answering STLS";
            return;
        }
        if (!ok.ok()) {
            injectionOutcome = "STLS refused: " + ok;
            return;
        }
        TlsUpgrade u;
        try {
            u = c.connection().startTls();
        } catch (TlsHandshakeException e) {
            injectionOutcome = "the TLS handshake did not complete (" + e.reason()
                    + "): the server took the pipelined bytes for TLS, or closed";
            return;
        }
        plaintextAfterOk = u.bufferedPlaintext();
        c.sendRaw("CAPA\r\n".getBytes(StandardCharsets.US_ASCII));
        try {
            Pop3Reply first = c.readReply(c.connection().timeout());
            if (first.status() == Pop3Status.ERR) {
                injected = true;
                injectionOutcome = "the first reply inside TLS was " + first + ": the pipelined XMAILSPECINJECTED was answered";
            } else {
                injectionOutcome = "the first reply inside TLS answered the CAPA sent after the handshake: " + first;
            }
        } catch (ConnectionClosedException | ReadTimeoutException e) {
            injectionOutcome = "no answer inside TLS (" + e.getMessage() + ")";
        }
    }

    @Then("the audit finds the pipelined command not executed inside TLS")
    public void pipelinedCommandNotExecuted() {
        world.session().connection().event("STLS with a pipelined command: " + injectionOutcome);
        if (injected || plaintextAfterOk.length > 0) {
            throw new RuleViolation("a command sent in cleartext with STLS is discarded, not executed in the TLS session "
                    + "(RFC 2595 4, CVE-2011-0411 class)", "the first reply inside TLS answers the command sent inside TLS",
                    injectionOutcome + (plaintextAfterOk.length > 0
                            ? "; after +OK and before the handshake: \"" + Ascii.escape(plaintextAfterOk) + "\"" : ""),
                    world.sessionName());
        }
    }
}
