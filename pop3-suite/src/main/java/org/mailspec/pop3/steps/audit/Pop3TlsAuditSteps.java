package org.mailspec.pop3.steps.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.LegacyTlsProbe;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.Connection;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.SecretMasker;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.WireException;

/** TLS as the POP3 server offers it: STLS, the POP3S port, old versions, and the STLS injection flaw. */
public final class Pop3TlsAuditSteps {
    private final Pop3AuditWorld world;
    private LegacyTlsProbe.Outcome legacy;
    private String where;
    private boolean tlsUp;
    private String injectionOutcome;
    private boolean injected;
    private byte[] plaintextAfterOk = new byte[0];

    public Pop3TlsAuditSteps(Pop3AuditWorld world) {
        this.world = world;
    }

    @Then("the audit finds STLS advertised")
    public void stlsAdvertised() {
        var caps = world.capabilitiesBeforeTls.orElseThrow();
        if (!caps.has("STLS")) {
            throw new RuleViolation("the cleartext port offers STLS (RFC 2595 4)", "STLS in CAPA", "CAPA " + caps.names(),
                    world.client.name());
        }
    }

    @When("the auditor connects to the POP3S port")
    public void connectPop3s() throws WireException {
        Endpoint e = implicitEndpoint();
        try {
            Pop3Client c = world.open(e, world.untrustedAddress(e));
            tlsUp = c.tlsSession().isPresent();
            c.tlsSession().ifPresent(s -> c.connection().event("TLS session: " + s.protocol() + " " + s.cipherSuite()));
        } catch (TlsHandshakeException ex) {
            tlsUp = false;
            where = ex.getMessage();
        }
    }

    private Endpoint implicitEndpoint() {
        Endpoint configured = world.target().pop3();
        if (configured.tls() == TlsMode.IMPLICIT) {
            return configured;
        }
        return world.target().pop3s().orElseThrow(() -> Skip.because("no POP3S port configured (set pop3s.port, or pop3.tls=implicit)"));
    }

    @Then("the audit finds TLS spoken from the first byte")
    public void tlsFromFirstByte() {
        if (!tlsUp) {
            throw new RuleViolation("the POP3S port speaks TLS from the first byte (RFC 8314 3)", "a TLS handshake, then the greeting",
                    String.valueOf(where), "pop3s");
        }
    }

    @When("the auditor offers only {word} to the POP3 server")
    public void offerOnly(String version) throws WireException {
        LegacyTlsProbe.Version v = LegacyTlsProbe.Version.of(version);
        Endpoint configured = world.target().pop3();
        Optional<Endpoint> implicit = configured.tls() == TlsMode.IMPLICIT ? Optional.of(configured) : world.target().pop3s();
        Duration wait = world.target().timeout();
        if (implicit.isPresent()) {
            Endpoint e = implicit.get();
            Connection c = Connection.open(e.plain(), world.options(world.untrustedAddress(e)),
                    "pop3s", SecretMasker.NONE);
            try {
                where = "the POP3S port " + e.host() + ":" + e.port();
                legacy = LegacyTlsProbe.probe(c, v, world.serverName(e), wait);
            } finally {
                c.close();
            }
            return;
        }
        Pop3Client c = world.connectCleartext();
        Pop3Reply r = c.command("STLS");
        if (!r.ok()) {
            throw Skip.because("no TLS to probe: no POP3S port, and STLS answered " + r);
        }
        where = "STLS on " + c.connection().endpoint().host() + ":" + c.connection().endpoint().port();
        legacy = LegacyTlsProbe.probe(c.connection(), v, world.serverName(configured), wait);
    }

    @Then("the audit finds the offer refused")
    public void offerRefused() {
        if (legacy.accepted()) {
            throw new RuleViolation("TLS 1.0 and 1.1 are not negotiated (RFC 8996 4, 5)", "a TLS alert or a closed connection",
                    where + " " + legacy, "pop3s");
        }
    }

    @When("the auditor sends STLS with a command pipelined in the same packet")
    public void stlsWithPipelinedCommand() throws WireException {
        Pop3Client c = world.connectCleartext();
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
        world.client.connection().event("STLS with a pipelined command: " + injectionOutcome);
        if (injected || plaintextAfterOk.length > 0) {
            throw new RuleViolation("a command sent in cleartext with STLS is discarded, not executed in the TLS session "
                    + "(RFC 2595 4, CVE-2011-0411 class)", "the first reply inside TLS answers the command sent inside TLS",
                    injectionOutcome + (plaintextAfterOk.length > 0
                            ? "; after +OK and before the handshake: \"" + Ascii.escape(plaintextAfterOk) + "\"" : ""),
                    world.client.name());
        }
    }
}
