package org.mailspec.imap.steps.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.CertificateFacts;
import org.mailspec.audit.LegacyTlsProbe;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.Connection;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.SecretMasker;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.TlsSession;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.WireException;

/** TLS as the server offers it: STARTTLS, the IMAPS port, old versions, its certificate, and the STARTTLS injection flaw. */
public final class ImapTlsAuditSteps {
    private final ImapAuditWorld world;
    private LegacyTlsProbe.Outcome legacy;
    private String legacyWhere;
    private TlsSession session;
    private String sessionHost;
    private Injection injection;

    /** What happened to the command pipelined after STARTTLS. */
    record Injection(String outcome, boolean executedInsideTls, Optional<Received> evidence, byte[] plaintextAfterOk) {
    }

    public ImapTlsAuditSteps(ImapAuditWorld world) {
        this.world = world;
    }

    @Then("the audit finds STARTTLS advertised")
    public void startTlsAdvertised() {
        if (!ImapCredentialAuditSteps.has(world.capabilitiesBeforeTls, "STARTTLS")) {
            throw new RuleViolation("the cleartext port offers STARTTLS (RFC 9051 6.1.1)", "STARTTLS among the capabilities",
                    "CAPABILITY " + String.join(" ", world.capabilitiesBeforeTls), world.client.name());
        }
    }

    @When("the auditor connects to the IMAPS port")
    public void connectImaps() throws WireException {
        Endpoint e = implicitEndpoint();
        try {
            ImapClient c = world.open(e, world.untrustedAddress(e), ParserMode.STRICT);
            session = c.tlsSession().orElse(null);
            sessionHost = world.serverName(e);
            c.connection().event("TLS session: " + session.protocol() + " " + session.cipherSuite());
        } catch (TlsHandshakeException ex) {
            session = null;
            legacyWhere = ex.getMessage();
        }
    }

    private Endpoint implicitEndpoint() {
        Endpoint configured = world.target().imap();
        if (configured.tls() == TlsMode.IMPLICIT) {
            return configured;
        }
        return world.target().imaps().orElseThrow(() -> Skip.because(
                "no IMAPS port configured (set imaps.port, or imap.tls=implicit)"));
    }

    @Then("the audit finds TLS spoken from the first byte")
    public void tlsFromTheFirstByte() {
        if (session == null) {
            throw new RuleViolation("the IMAPS port speaks TLS from the first byte (RFC 8314 3)", "a TLS handshake, then the greeting",
                    String.valueOf(legacyWhere), "imaps");
        }
    }

    @When("the auditor offers only {word} to the IMAP server")
    public void offerOnly(String version) throws WireException {
        LegacyTlsProbe.Version v = LegacyTlsProbe.Version.of(version);
        Endpoint configured = world.target().imap();
        Optional<Endpoint> implicit = configured.tls() == TlsMode.IMPLICIT ? Optional.of(configured) : world.target().imaps();
        Duration wait = world.target().timeout();
        if (implicit.isPresent()) {
            Endpoint e = implicit.get();
            Endpoint raw = e.plain();
            Connection c = Connection.open(raw, world.options(world.untrustedAddress(e), ParserMode.STRICT), "imaps", SecretMasker.NONE);
            try {
                legacyWhere = "the IMAPS port " + e.host() + ":" + e.port();
                legacy = LegacyTlsProbe.probe(c, v, world.serverName(e), wait);
            } finally {
                c.close();
            }
            return;
        }
        ImapClient c = world.connectCleartext(ParserMode.STRICT);
        if (!c.hasCapability("STARTTLS")) {
            throw Skip.because("no TLS to probe: no IMAPS port and no STARTTLS");
        }
        CommandResult ok = c.execute("STARTTLS");
        if (!ok.ok()) {
            throw Skip.because("STARTTLS was answered " + Ascii.escape(ok.completion().raw()).strip());
        }
        legacyWhere = "STARTTLS on " + c.connection().endpoint().host() + ":" + c.connection().endpoint().port();
        legacy = LegacyTlsProbe.probe(c.connection(), v, world.serverName(configured), wait);
    }

    @Then("the audit finds the offer refused")
    public void offerRefused() {
        if (legacy.accepted()) {
            throw new RuleViolation("TLS 1.0 and 1.1 are not negotiated (RFC 8996 4, 5)", "a TLS alert or a closed connection",
                    legacyWhere + " " + legacy, world.client == null ? "imaps" : world.client.name());
        }
    }

    // ------------------------------------------------------------------ certificate

    @When("the auditor reads the server's certificate")
    public void readCertificate() throws WireException {
        world.acceptAnyCertificate = true;
        ImapClient c = world.connectSecure(Optional.empty());
        session = c.tlsSession().orElseThrow(() -> Skip.because("the server offers no TLS: no certificate to read"));
        sessionHost = world.serverName(c.connection().endpoint());
        c.connection().event(facts().describe());
    }

    private CertificateFacts facts() {
        if (session.peerCertificates().isEmpty()) {
            throw new IllegalStateException("the TLS session holds no certificate");
        }
        return new CertificateFacts(session.peerCertificates());
    }

    @Then("the audit finds the certificate naming the server")
    public void certificateNamesServer() {
        CertificateFacts f = facts();
        if (!f.names(sessionHost)) {
            throw new RuleViolation("the certificate names the host clients connect to (RFC 2595 2.4)",
                    "\"" + sessionHost + "\" among the certificate's names",
                    "DNS " + f.dnsNames() + ", IP " + f.ipAddresses() + ", CN " + f.commonName().orElse("none"), world.client.name());
        }
    }

    @Then("the audit finds the certificate within its validity period")
    public void certificateValid() {
        CertificateFacts f = facts();
        Instant now = world.clock().instant();
        if (!f.validAt(now)) {
            throw new RuleViolation("the certificate is valid now (RFC 5280 4.1.2.5)", "notBefore <= " + now + " <= notAfter",
                    "valid from " + f.notBefore() + " to " + f.notAfter(), world.client.name());
        }
    }

    @Then("the audit finds the certificate chaining to a trusted root")
    public void certificateTrusted() {
        CertificateFacts f = facts();
        Optional<String> why = f.untrustedBecause(world.trustStore());
        if (why.isPresent()) {
            if (world.target().tlsInsecure() && world.trustStore().isEmpty()) {
                throw Skip.because("tls.insecure=true: the operator accepts this certificate as it is ("
                        + (f.selfSigned() ? "self-signed, " : "") + "subject " + f.subject() + ", issuer " + f.issuer()
                        + ", expires " + f.notAfter() + "); it does not chain to a public root: " + why.get());
            }
            throw new RuleViolation("the certificate chains to a root clients trust (RFC 2595 2.4)", "a chain to a trusted root",
                    (f.selfSigned() ? "self-signed " : "") + f.subject() + ": " + why.get(), world.client.name());
        }
    }

    // ------------------------------------------------------------------ STARTTLS injection

    @When("the auditor sends STARTTLS with a NOOP pipelined in the same packet")
    public void startTlsWithPipelinedCommand() throws WireException {
        ImapClient c = world.connectCleartext(ParserMode.STRICT);
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
        world.client.connection().event("STARTTLS with a pipelined command: " + injection.outcome());
        if (injection.executedInsideTls() || injection.plaintextAfterOk().length > 0) {
            injection.evidence().flatMap(Received::entry).ifPresent(e -> world.transcript().mark(e, "injected command executed"));
            throw new RuleViolation("a command sent in cleartext with STARTTLS is discarded, not executed in the TLS session "
                    + "(CVE-2011-0411 class)", "no answer to S2 inside TLS, and no bytes between STARTTLS's OK and the handshake",
                    injection.outcome() + (injection.plaintextAfterOk().length > 0
                            ? "; after the OK and before the handshake: \"" + Ascii.escape(injection.plaintextAfterOk()) + "\"" : ""),
                    world.client.name());
        }
    }

}
