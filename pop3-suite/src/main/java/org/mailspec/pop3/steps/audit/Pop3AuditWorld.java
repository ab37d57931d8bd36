package org.mailspec.pop3.steps.audit;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.audit.AuditScope;
import org.mailspec.audit.SourceAddress;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.StlsResult;
import org.mailspec.run.RuleViolation;
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
    private final AuditScope scope;
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

    public Pop3AuditWorld(SuiteContext context) {
        this.scope = new AuditScope(context);
    }

    Target target() {
        return scope.target();
    }

    Settings settings() {
        return scope.settings();
    }

    Transcript transcript() {
        return scope.transcript();
    }

    boolean used() {
        return !opened.isEmpty() || !transcript().entries().isEmpty();
    }

    Account account() {
        return scope.account();
    }

    String serverName(Endpoint endpoint) {
        return scope.serverName(endpoint);
    }

    ClientOptions options(Optional<InetAddress> bind) {
        ClientOptions o = Sessions.options(target(), transcript());
        return bind.isPresent() ? o.withBind(bind.get()) : o;
    }

    Optional<InetAddress> untrustedAddress(Endpoint endpoint) {
        return scope.untrustedAddress(endpoint);
    }

    Endpoint cleartextEndpoint() {
        return AuditScope.cleartext(target().pop3(), "POP3");
    }

    /** A connection without TLS from an untrusted address; skips (saying why) when only the server's own address is available. */
    Pop3Client connectCleartext() throws WireException {
        Endpoint e = cleartextEndpoint();
        Pop3Client c = open(e, untrustedAddress(e));
        AuditScope.requireUntrustedSource(c.connection(), e);
        return c;
    }

    /** A connection with TLS: STLS on the plain port when offered or configured, else the POP3S port, else none (noted). */
    Pop3Client connectSecure(Optional<InetAddress> bind) throws WireException {
        Endpoint e = target().pop3();
        if (e.tls() == TlsMode.IMPLICIT) {
            return open(e, bind.isPresent() ? bind : untrustedAddress(e));
        }
        Endpoint plain = e.plain();
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
