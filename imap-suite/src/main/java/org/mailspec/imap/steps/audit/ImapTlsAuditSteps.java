package org.mailspec.imap.steps.audit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.steps.Advertised;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.WireException;

/**
 * STARTTLS as the IMAP server offers it: advertised on the cleartext port, and a command pipelined
 * with it not executed inside TLS. The IMAPS port, old TLS versions and the certificate are the
 * shared steps' (org.mailspec.audit.steps).
 */
public final class ImapTlsAuditSteps {
    private final AuditWorld<ImapClient> world;
    private Injection injection;

    /** What happened to the command pipelined after STARTTLS. */
    record Injection(String outcome, boolean executedInsideTls, Optional<Received> evidence, byte[] plaintextAfterOk) {
    }

    public ImapTlsAuditSteps(AuditWorld<ImapClient> world) {
        this.world = world;
    }

    @Then("the audit finds STARTTLS advertised")
    public void startTlsAdvertised() {
        Advertised before = world.beforeTls().orElseThrow(() -> new IllegalStateException("no CAPABILITY was read before TLS"));
        if (!before.has("STARTTLS")) {
            throw new RuleViolation("the cleartext port offers STARTTLS (RFC 9051 6.1.1)", "STARTTLS among the capabilities",
                    before.listing(), world.sessionName());
        }
    }

    // ------------------------------------------------------------------ STARTTLS injection

    @When("the auditor sends STARTTLS with a NOOP pipelined in the same packet")
    public void startTlsWithPipelinedCommand() throws WireException {
        ImapClient c = world.connectCleartext().client();
        if (!c.hasCapability("STARTTLS")) {
            throw Skip.because("the server does not advertise STARTTLS");
        }
        c.sendRaw("S1 STARTTLS\r\nS2 NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
        Received first;
        try {
            do {
                first = c.readResponse(c.connection().timeout());
            } while (!(first.response() instanceof TaggedResponse t && t.tag().equals("S1")));
        } catch (ConnectionClosedException e) {
            injection = new Injection("the server closed the connection instead of answering STARTTLS", false, Optional.empty(), new byte[0]);
            return;
        }
        TaggedResponse s1 = (TaggedResponse) first.response();
        if (!s1.isOk()) {
            injection = new Injection("STARTTLS refused: " + Ascii.escape(s1.raw()).strip(), false, Optional.empty(), new byte[0]);
            return;
        }
        TlsUpgrade u;
        try {
            u = c.connection().startTls();
        } catch (TlsHandshakeException e) {
            injection = new Injection("the TLS handshake did not complete (" + e.reason()
                    + "): the server took the pipelined bytes for TLS, or closed", false, Optional.empty(), new byte[0]);
            return;
        }
        c.sendRaw("S3 NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
        try {
            while (true) {
                Received r = c.readResponse(c.connection().timeout());
                if (r.response() instanceof TaggedResponse t && t.tag().equals("S2")) {
                    injection = new Injection("the pipelined S2 NOOP was answered inside TLS", true, Optional.of(r), u.bufferedPlaintext());
                    return;
                }
                if (r.response() instanceof TaggedResponse t && t.tag().equals("S3")) {
                    injection = new Injection("only the NOOP sent after the handshake (S3) was answered", false, Optional.empty(),
                            u.bufferedPlaintext());
                    return;
                }
            }
        } catch (ConnectionClosedException | ReadTimeoutException e) {
            injection = new Injection("no answer inside TLS (" + e.getMessage() + ")", false, Optional.empty(), u.bufferedPlaintext());
        }
    }

    @Then("the audit finds the pipelined command not executed inside TLS")
    public void pipelinedCommandNotExecuted() {
        world.session().connection().event("STARTTLS with a pipelined command: " + injection.outcome());
        if (injection.executedInsideTls() || injection.plaintextAfterOk().length > 0) {
            injection.evidence().flatMap(Received::entry).ifPresent(e -> world.transcript().mark(e, "injected command executed"));
            throw new RuleViolation("a command sent in cleartext with STARTTLS is discarded, not executed in the TLS session "
                    + "(CVE-2011-0411 class)", "no answer to S2 inside TLS, and no bytes between STARTTLS's OK and the handshake",
                    injection.outcome() + (injection.plaintextAfterOk().length > 0
                            ? "; after the OK and before the handshake: \"" + Ascii.escape(injection.plaintextAfterOk()) + "\"" : ""),
                    world.sessionName());
        }
    }

}
