package org.mailspec.imap.steps.audit;

import java.net.InetAddress;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.audit.AuditScope;
import org.mailspec.audit.SourceAddress;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The security audit's state for one IMAP scenario (picocontainer gives each scenario a fresh one):
 * the target, the audit's own transcript, the connections it opened, and what its steps observed
 * for the assertions that follow. Connections come from an address the server does not trust
 * ({@link SourceAddress}), so that a cleartext finding is a finding and not the server's courtesy
 * to its own address.
 */
public final class ImapAuditWorld {
    private final AuditScope scope;
    private Clock clock = Clock.systemUTC();
    private Optional<KeyStore> trustStore = Optional.empty();
    private final List<ImapClient> opened = new ArrayList<>();

    /** The current audit connection. */
    ImapClient client;
    /** Capabilities seen before TLS and after it, when the steps looked. */
    List<String> capabilitiesBeforeTls = List.of();
    List<String> capabilitiesAfterTls = List.of();
    /** What the When steps observed, for the Then steps. */
    final List<Observation> observations = new ArrayList<>();

    /** One answer the audit judges: what was tried, what came back, how long it took. */
    record Observation(String attempt, String connection, Optional<Received> answer, String outcome, long millis) {
    }

    public ImapAuditWorld(SuiteContext context) {
        this.scope = new AuditScope(context);
    }

    /** For tests: a fixed clock, the trust roots for the certificate check. */
    void use(Clock clock, Optional<KeyStore> trustStore) {
        this.clock = clock;
        this.trustStore = trustStore;
    }

    Target target() {
        return scope.target();
    }

    Settings settings() {
        return scope.settings();
    }

    Clock clock() {
        return clock;
    }

    Optional<KeyStore> trustStore() {
        return trustStore;
    }

    Transcript transcript() {
        return scope.transcript();
    }

    /** True once a step opened a connection: then the audit's transcript is the scenario's. */
    boolean used() {
        return !opened.isEmpty() || !transcript().entries().isEmpty();
    }

    Account account() {
        return scope.account();
    }

    /** The name clients use for the server: {@code tls.server.name}, else the endpoint's host. */
    String serverName(Endpoint endpoint) {
        return scope.serverName(endpoint);
    }

    /** Set by the certificate steps: accept any certificate so that the audit can read and judge it itself. */
    boolean acceptAnyCertificate;

    ClientOptions options(Optional<InetAddress> bind, ParserMode mode) {
        ClientOptions o = Sessions.options(target(), transcript()).withParserMode(mode);
        if (acceptAnyCertificate) {
            o = o.withTls(o.tls().withInsecure(true));
        }
        return bind.isPresent() ? o.withBind(bind.get()) : o;
    }

    Optional<InetAddress> untrustedAddress(Endpoint endpoint) {
        return scope.untrustedAddress(endpoint);
    }

    /** The cleartext IMAP endpoint (the plain port, TLS not started); skips when there is none. */
    Endpoint cleartextEndpoint() {
        return AuditScope.cleartext(target().imap(), "IMAP");
    }

    /**
     * Opens a connection without TLS from an untrusted address. If the only address available is
     * the server's own, the scenario is skipped with the reason: many servers (Dovecot among them)
     * count such a connection as secured, so what they allow there is no finding.
     */
    ImapClient connectCleartext(ParserMode mode) throws WireException {
        Endpoint e = cleartextEndpoint();
        ImapClient c = open(e, untrustedAddress(e), mode);
        AuditScope.requireUntrustedSource(c.connection(), e);
        return c;
    }

    /**
     * Opens a connection with TLS from an untrusted address: STARTTLS on the plain port when the
     * endpoint says starttls or the server offers it, else the IMAPS port, else none (noted).
     */
    ImapClient connectSecure(Optional<InetAddress> bind) throws WireException {
        Endpoint e = target().imap();
        if (e.tls() == TlsMode.IMPLICIT) {
            return open(e, bind.isPresent() ? bind : untrustedAddress(e), ParserMode.STRICT);
        }
        Endpoint plain = e.plain();
        ImapClient c = open(plain, bind.isPresent() ? bind : untrustedAddress(plain), ParserMode.STRICT);
        capabilitiesBeforeTls = c.capabilities();
        if (e.tls() == TlsMode.STARTTLS || c.hasCapability("STARTTLS")) {
            var r = c.startTls();
            if (!r.result().ok()) {
                throw new RuleViolation("STARTTLS is advertised, so it succeeds", "OK",
                        Ascii.escape(r.result().completion().raw()), c.name());
            }
            capabilitiesAfterTls = c.capabilities();
            return c;
        }
        Optional<Endpoint> imaps = target().imaps();
        if (imaps.isPresent()) {
            c.connection().event("no STARTTLS on the plain port: using the IMAPS port");
            return open(imaps.get(), bind.isPresent() ? bind : untrustedAddress(imaps.get()), ParserMode.STRICT);
        }
        c.connection().event("no TLS at all (no STARTTLS, no IMAPS port): continuing without it");
        return c;
    }

    ImapClient open(Endpoint endpoint, Optional<InetAddress> bind, ParserMode mode) throws WireException {
        ImapClient c = ImapClient.connect(endpoint, options(bind, mode));
        opened.add(c);
        client = c;
        return c;
    }

    /** Closes every connection the audit opened. */
    void close() {
        for (ImapClient c : opened) {
            c.close();
        }
    }
}
