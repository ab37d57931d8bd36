package org.mailspec.pop3.steps.audit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.audit.SourceAddress;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.StlsResult;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Sessions;
import org.mailspec.target.Target;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The security audit's state for one POP3 scenario (fresh per scenario): the target, the audit's
 * transcript, its connections, and what its steps observed. Connections come from an address the
 * server does not trust ({@link SourceAddress}).
 */
public final class Pop3AuditWorld {
    private Target target;
    private Settings settings;
    private final Transcript transcript = new Transcript();
    private final List<Pop3Client> opened = new ArrayList<>();

    Pop3Client client;
    Optional<Pop3Capabilities> capabilitiesBeforeTls = Optional.empty();
    Optional<Pop3Capabilities> capabilitiesAfterTls = Optional.empty();
    final List<Observation> observations = new ArrayList<>();

    /** One reply the audit judges. */
    record Observation(String attempt, String connection, Optional<Pop3Reply> reply, String outcome, long millis) {
        boolean ok() {
            return reply.map(Pop3Reply::ok).orElse(false);
        }
    }

    public Pop3AuditWorld() {
    }

    /** For tests: a target other than the suite's. */
    void use(Target target, Settings settings) {
        this.target = target;
        this.settings = settings;
    }

    Target target() {
        if (target == null) {
            target = SuiteContext.current().target();
        }
        return target;
    }

    Settings settings() {
        if (settings == null) {
            settings = SuiteContext.current().settings();
        }
        return settings;
    }

    Transcript transcript() {
        return transcript;
    }

    boolean used() {
        return !opened.isEmpty() || !transcript.entries().isEmpty();
    }

    Account account() {
        return target().accounts().get(0);
    }

    String serverName(Endpoint endpoint) {
        return settings().get("tls.server.name").orElse(endpoint.host());
    }

    ClientOptions options(Optional<InetAddress> bind) {
        ClientOptions o = Sessions.options(target(), transcript);
        return bind.isPresent() ? o.withBind(bind.get()) : o;
    }

    Optional<InetAddress> untrustedAddress(Endpoint endpoint) {
        return SourceAddress.untrusted(endpoint, target().clientBind());
    }

    Endpoint cleartextEndpoint() {
        Endpoint e = target().pop3();
        if (e.tls() == TlsMode.IMPLICIT) {
            throw Skip.because("no cleartext POP3 port: pop3.tls=implicit, so there is nothing to audit without TLS");
        }
        return new Endpoint(e.host(), e.port(), TlsMode.NONE);
    }

    /** A connection without TLS from an untrusted address; skips (saying why) when only the server's own address is available. */
    Pop3Client connectCleartext() throws WireException {
        Endpoint e = cleartextEndpoint();
        Pop3Client c = open(e, untrustedAddress(e));
        if (SourceAddress.seenAsServerItself(c.connection().localAddress(), new InetSocketAddress(e.host(), e.port()))) {
            c.connection().event("connected from the server's own address: the server may count this as secured");
            throw Skip.because("the audit could only connect from the server's own address "
                    + c.connection().localAddress().getAddress().getHostAddress()
                    + ", which servers such as Dovecot count as secured (plaintext login allowed there); "
                    + "set client.bind to another local address (e.g. 127.0.0.2) to audit it as a remote client");
        }
        return c;
    }

    /** A connection with TLS: STLS on the plain port when offered or configured, else the POP3S port, else none (noted). */
    Pop3Client connectSecure(Optional<InetAddress> bind) throws WireException {
        Endpoint e = target().pop3();
        if (e.tls() == TlsMode.IMPLICIT) {
            return open(e, bind.isPresent() ? bind : untrustedAddress(e));
        }
        Endpoint plain = new Endpoint(e.host(), e.port(), TlsMode.NONE);
        Pop3Client c = open(plain, bind.isPresent() ? bind : untrustedAddress(plain));
        Pop3Capabilities caps = c.capa();
        capabilitiesBeforeTls = Optional.of(caps);
        if (e.tls() == TlsMode.STARTTLS || caps.has("STLS")) {
            StlsResult r = c.stls();
            if (!r.reply().ok()) {
                throw new RuleViolation("STLS is advertised, so it succeeds", "+OK", r.reply().toString(), c.name());
            }
            capabilitiesAfterTls = Optional.of(c.capa());
            return c;
        }
        Optional<Endpoint> pop3s = target().pop3s();
        if (pop3s.isPresent()) {
            c.connection().event("no STLS on the plain port: using the POP3S port");
            return open(pop3s.get(), bind.isPresent() ? bind : untrustedAddress(pop3s.get()));
        }
        c.connection().event("no TLS at all (no STLS, no POP3S port): continuing without it");
        return c;
    }

    Pop3Client open(Endpoint endpoint, Optional<InetAddress> bind) throws WireException {
        Pop3Client c = Pop3Client.connect(endpoint, options(bind));
        opened.add(c);
        client = c;
        return c;
    }

    void close() {
        for (Pop3Client c : opened) {
            c.close();
        }
    }
}
