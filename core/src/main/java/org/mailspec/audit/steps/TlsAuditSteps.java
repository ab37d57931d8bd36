package org.mailspec.audit.steps;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.CertificateFacts;
import org.mailspec.audit.LegacyTlsProbe;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.wire.Connection;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.SecretMasker;
import org.mailspec.wire.TlsHandshakeException;
import org.mailspec.wire.TlsSession;
import org.mailspec.wire.WireException;

/**
 * TLS as the server offers it, whatever the protocol: the implicit-TLS port, old TLS versions,
 * and the certificate. Whether STARTTLS (STLS) is advertised, and the injection flaw, are the
 * suites' (their commands and probes differ).
 *
 * @param <C> the protocol's client
 */
public final class TlsAuditSteps<C> {
    private final AuditWorld<C> world;
    private LegacyTlsProbe.Outcome legacy;
    private String where;
    private String probed;
    private TlsSession session;
    private String sessionHost;

    public TlsAuditSteps(AuditWorld<C> world) {
        this.world = world;
    }

    private AuditProtocol<C> protocol() {
        return world.protocol();
    }

    private ProtocolFacts protocolFacts() {
        return world.protocol().facts();
    }

    /** The implicit-TLS port's name as connections are named: {@code imaps}, {@code pop3s}. */
    private String implicitConnectionName() {
        return protocolFacts().implicitTlsName().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ the implicit-TLS port

    @When("the auditor connects to the {word} port")
    public void connectImplicitTls(String port) throws WireException {
        if (!port.equalsIgnoreCase(protocolFacts().implicitTlsName())) {
            throw new IllegalArgumentException("this step names the " + port + " port, but this suite audits "
                    + protocolFacts().implicitTlsName());
        }
        Endpoint e = implicitEndpoint();
        try {
            AuditSession<C> s = world.open(e, world.untrustedAddress(e));
            session = s.tlsSession().orElse(null);
            sessionHost = world.serverName(e);
            if (session != null) {
                s.connection().event("TLS session: " + session.protocol() + " " + session.cipherSuite());
            }
        } catch (TlsHandshakeException ex) {
            session = null;
            where = ex.getMessage();
        }
    }

    private Optional<Endpoint> implicitTls() {
        Endpoint configured = world.endpoint();
        return configured.tls() == TlsMode.IMPLICIT ? Optional.of(configured) : protocolFacts().implicitTlsEndpoint().apply(world.target());
    }

    private Endpoint implicitEndpoint() {
        String name = protocolFacts().name().toLowerCase(Locale.ROOT);
        return implicitTls().orElseThrow(() -> Skip.because("no " + protocolFacts().implicitTlsName() + " port configured (set "
                + name + "s.port, or " + name + ".tls=implicit)"));
    }

    @Then("the audit finds TLS spoken from the first byte")
    public void tlsFromTheFirstByte() {
        if (session == null) {
            throw new RuleViolation("the " + protocolFacts().implicitTlsName() + " port speaks TLS from the first byte (RFC 8314 3)",
                    "a TLS handshake, then the greeting", String.valueOf(where), implicitConnectionName());
        }
    }

    // ------------------------------------------------------------------ legacy versions

    @When("the auditor offers only {word} to the {word} server")
    public void offerOnly(String version, String protocolName) throws WireException {
        ConnectionAuditSteps.requireProtocol(world, protocolName);
        LegacyTlsProbe.Version v = LegacyTlsProbe.Version.of(version);
        Optional<Endpoint> implicit = implicitTls();
        if (implicit.isPresent()) {
            Endpoint e = implicit.get();
            Connection c = Connection.open(e.plain(), world.options(world.untrustedAddress(e), ParserMode.STRICT),
                    implicitConnectionName(), SecretMasker.NONE);
            try {
                where = "the " + protocolFacts().implicitTlsName() + " port " + e.host() + ":" + e.port();
                probed = implicitConnectionName();
                legacy = LegacyTlsProbe.probe(c, v, world.serverName(e), world.target().timeout());
            } finally {
                c.close();
            }
            return;
        }
        AuditSession<C> s = world.connectCleartext();
        String command = protocolFacts().startTlsCommand();
        AuditReply ok = protocol().requestTls(s.client());
        if (!ok.accepted()) {
            throw Skip.because("no TLS to probe: no " + protocolFacts().implicitTlsName() + " port, and " + command + " was answered "
                    + ok.escaped());
        }
        Endpoint at = s.connection().endpoint();
        where = command + " on " + at.host() + ":" + at.port();
        probed = s.name();
        legacy = LegacyTlsProbe.probe(s.connection(), v, world.serverName(world.endpoint()), world.target().timeout());
    }

    @Then("the audit finds the offer refused")
    public void offerRefused() {
        if (legacy.accepted()) {
            throw new RuleViolation("TLS 1.0 and 1.1 are not negotiated (RFC 8996 4, 5)", "a TLS alert or a closed connection",
                    where + " " + legacy, probed);
        }
    }

    // ------------------------------------------------------------------ certificate

    @When("the auditor reads the server's certificate")
    public void readCertificate() throws WireException {
        world.acceptAnyCertificate();
        AuditSession<C> s = world.connectSecure(Optional.empty());
        session = s.tlsSession().orElseThrow(() -> Skip.because("the server offers no TLS: no certificate to read"));
        sessionHost = world.serverName(s.connection().endpoint());
        s.connection().event(facts().describe());
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
                    "DNS " + f.dnsNames() + ", IP " + f.ipAddresses() + ", CN " + f.commonName().orElse("none"), world.sessionName());
        }
    }

    @Then("the audit finds the certificate within its validity period")
    public void certificateValid() {
        CertificateFacts f = facts();
        Instant now = world.clock().instant();
        if (!f.validAt(now)) {
            throw new RuleViolation("the certificate is valid now (RFC 5280 4.1.2.5)", "notBefore <= " + now + " <= notAfter",
                    "valid from " + f.notBefore() + " to " + f.notAfter(), world.sessionName());
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
                    (f.selfSigned() ? "self-signed " : "") + f.subject() + ": " + why.get(), world.sessionName());
        }
    }
}
