package org.mailspec.audit.steps;

import java.net.InetAddress;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.mailspec.audit.AuditScope;
import org.mailspec.audit.SourceAddress;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.run.schedule.ScenarioLease;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The security audit's state for one scenario (picocontainer gives each scenario a fresh one),
 * whatever the protocol: the target, the audit's own transcript, the connections it opened, what
 * the server advertised before and after TLS, and what the When steps observed for the Then steps
 * that follow. Connections come from an address the server does not trust ({@link SourceAddress}),
 * so that a cleartext finding is a finding and not the server's courtesy to its own address.
 *
 * @param <C> the protocol's client
 */
public final class AuditWorld<C> {
    private final AuditScope scope;
    private final AuditProtocol<C> protocol;
    private final ScenarioLease lease;
    private Clock clock = Clock.systemUTC();
    private Optional<KeyStore> trustStore = Optional.empty();
    private final List<AuditSession<C>> opened = new ArrayList<>();
    private AuditSession<C> session;
    private Optional<Advertised> beforeTls = Optional.empty();
    private Optional<Advertised> afterTls = Optional.empty();
    private final List<Observation> observations = new ArrayList<>();
    private boolean acceptAnyCertificate;

    /** The audit's state for one scenario; its account is the scenario's first user as the scheduler lent it. */
    public AuditWorld(SuiteContext context, AuditProtocol<C> protocol, ScenarioLease lease) {
        this.scope = new AuditScope(context);
        this.protocol = protocol;
        this.lease = lease;
    }

    /** For unit tests: the target's first account. */
    public AuditWorld(SuiteContext context, AuditProtocol<C> protocol) {
        this(context, protocol, new ScenarioLease(context));
    }

    /** For tests: a fixed clock, the trust roots for the certificate check. */
    void use(Clock clock, Optional<KeyStore> trustStore) {
        this.clock = clock;
        this.trustStore = trustStore;
    }

    public AuditProtocol<C> protocol() {
        return protocol;
    }

    /** The suite's target; skips the scenario when the target could not start here. */
    public Target target() {
        return scope.target();
    }

    public Transcript transcript() {
        return scope.transcript();
    }

    /** The account the audit logs in with: the scenario's first user (the target's first when run one by one). */
    public Account account() {
        return lease.account(1);
    }

    Clock clock() {
        return clock;
    }

    Optional<KeyStore> trustStore() {
        return trustStore;
    }

    /** The name clients use for the server: {@code tls.server.name}, else the endpoint's host. */
    public String serverName(Endpoint endpoint) {
        return scope.serverName(endpoint);
    }

    public Optional<InetAddress> untrustedAddress(Endpoint endpoint) {
        return scope.untrustedAddress(endpoint);
    }

    /** The protocol's endpoint as the target configures it. */
    public Endpoint endpoint() {
        return protocol.facts().endpoint().apply(target());
    }

    /** True once a step opened a connection or wrote to the transcript: then the audit's transcript is the scenario's. */
    boolean used() {
        return !opened.isEmpty() || !transcript().entries().isEmpty();
    }

    // ------------------------------------------------------------------ what the steps saw

    /** The connection opened last. */
    public AuditSession<C> session() {
        if (session == null) {
            throw new IllegalStateException("no audit connection was opened before this step");
        }
        return session;
    }

    /** The name of the connection opened last, or "" before any. */
    public String sessionName() {
        return session == null ? "" : session.name();
    }

    /** What the server advertised on the cleartext port, when a step asked. */
    public Optional<Advertised> beforeTls() {
        return beforeTls;
    }

    /** What the server advertised once STARTTLS/STLS succeeded, when a step asked. */
    public Optional<Advertised> afterTls() {
        return afterTls;
    }

    void sawBeforeTls(Advertised advertised) {
        beforeTls = Optional.of(advertised);
    }

    public void observe(Observation o) {
        observations.add(o);
    }

    public List<Observation> observations() {
        return Collections.unmodifiableList(observations);
    }

    /** The latest observation; a harness error when no When step made one. */
    public Observation lastObservation() {
        if (observations.isEmpty()) {
            throw new IllegalStateException("no attempt was made before this assertion");
        }
        return observations.get(observations.size() - 1);
    }

    /** Marks the answer of {@code o} in the transcript, when it had one. */
    public void mark(Observation o, String note) {
        o.reply().ifPresent(r -> transcript().markResponse(r.connection(), r.raw(), note));
    }

    /** Set by the certificate steps: accept any certificate so that the audit can read and judge it itself. */
    void acceptAnyCertificate() {
        acceptAnyCertificate = true;
    }

    // ------------------------------------------------------------------ connections

    public ClientOptions options(Optional<InetAddress> bind, ParserMode mode) {
        ClientOptions o = Sessions.options(target(), transcript()).withParserMode(mode);
        if (acceptAnyCertificate) {
            o = o.withTls(o.tls().withInsecure(true));
        }
        return bind.isPresent() ? o.withBind(bind.get()) : o;
    }

    /** The protocol's cleartext endpoint (the plain port, TLS not started); skips when there is none. */
    public Endpoint cleartextEndpoint() {
        return AuditScope.cleartext(endpoint(), protocol.facts().name());
    }

    /**
     * Opens a connection without TLS from an untrusted address. If the only address available is
     * the server's own, the scenario is skipped with the reason: many servers (Dovecot among them)
     * count such a connection as secured, so what they allow there is no finding.
     */
    public AuditSession<C> connectCleartext() throws WireException {
        Endpoint e = cleartextEndpoint();
        AuditSession<C> s = open(e, untrustedAddress(e));
        AuditScope.requireUntrustedSource(s.connection(), e);
        return s;
    }

    /** {@link #connectCleartext()}, and what the server advertises there. */
    public AuditSession<C> connectCleartextAndAsk() throws WireException {
        AuditSession<C> s = connectCleartext();
        sawBeforeTls(protocol.advertised(s.client()));
        return s;
    }

    /**
     * Opens a connection with TLS from {@code bind}, else from an untrusted address: STARTTLS (STLS)
     * on the plain port when the endpoint says starttls or the server offers it, else the
     * implicit-TLS port, else none (noted in the transcript).
     */
    public AuditSession<C> connectSecure(Optional<InetAddress> bind) throws WireException {
        Endpoint e = endpoint();
        if (e.tls() == TlsMode.IMPLICIT) {
            return open(e, bind.or(() -> untrustedAddress(e)));
        }
        Endpoint plain = e.plain();
        AuditSession<C> s = open(plain, bind.or(() -> untrustedAddress(plain)));
        Advertised before = protocol.advertised(s.client());
        sawBeforeTls(before);
        String command = protocol.facts().startTlsCommand();
        if (e.tls() == TlsMode.STARTTLS || before.has(command)) {
            AuditReply r = protocol.startTls(s.client());
            if (!r.accepted()) {
                throw new RuleViolation(command + " is advertised, so it succeeds", protocol.facts().rules().accepting(), r.escaped(),
                        s.name());
            }
            afterTls = Optional.of(protocol.advertised(s.client()));
            return s;
        }
        String implicit = protocol.facts().implicitTlsName();
        Optional<Endpoint> port = protocol.facts().implicitTlsEndpoint().apply(target());
        if (port.isPresent()) {
            s.connection().event("no " + command + " on the plain port: using the " + implicit + " port");
            return open(port.get(), bind.or(() -> untrustedAddress(port.get())));
        }
        s.connection().event("no TLS at all (no " + command + ", no " + implicit + " port): continuing without it");
        return s;
    }

    /** A connection with TLS from a source address no earlier failed login was made from. */
    public AuditSession<C> connectSecureForFailures() throws WireException {
        return connectSecure(SourceAddress.forFailureProbe(endpoint(), target().clientBind()));
    }

    public AuditSession<C> open(Endpoint endpoint, Optional<InetAddress> bind) throws WireException {
        return open(endpoint, bind, ParserMode.STRICT);
    }

    public AuditSession<C> open(Endpoint endpoint, Optional<InetAddress> bind, ParserMode mode) throws WireException {
        AuditSession<C> s = protocol.connect(endpoint, options(bind, mode));
        opened.add(s);
        session = s;
        return s;
    }

    /** Closes every connection the audit opened. */
    public void close() {
        for (AuditSession<C> s : opened) {
            s.close();
        }
    }
}
