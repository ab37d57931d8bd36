package org.mailspec.audit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.mailspec.run.Skip;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.mailspec.wire.Connection;
import org.mailspec.wire.Transcript;

/**
 * The protocol-independent part of an audit scenario's state: the target and settings of the
 * suite's context, the audit's own transcript, and the rules for where the
 * audit connects from and to. The audit's world ({@code org.mailspec.audit.steps.AuditWorld}) holds one.
 */
public final class AuditScope {
    private final SuiteContext context;
    private final Transcript transcript = new Transcript();

    public AuditScope(SuiteContext context) {
        this.context = context;
    }

    /** The suite's target; skips the scenario when the target could not start here. */
    public Target target() {
        return context.target();
    }

    public Settings settings() {
        return context.settings();
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The name clients use for the server: {@code tls.server.name}, else the endpoint's host. */
    public String serverName(Endpoint endpoint) {
        return settings().get("tls.server.name").orElse(endpoint.host());
    }

    /** A local address the server at {@code endpoint} does not trust, when there is one. */
    public Optional<InetAddress> untrustedAddress(Endpoint endpoint) {
        return SourceAddress.untrusted(endpoint, target().clientBind());
    }

    /**
     * The cleartext port of {@code endpoint} (TLS not started); skips when the endpoint is
     * implicit TLS.
     *
     * @param protocol {@code IMAP} or {@code POP3}, for the reason
     */
    public static Endpoint cleartext(Endpoint endpoint, String protocol) {
        if (endpoint.tls() == TlsMode.IMPLICIT) {
            throw Skip.because("no cleartext " + protocol + " port: " + protocol.toLowerCase(java.util.Locale.ROOT)
                    + ".tls=implicit, so there is nothing to audit without TLS");
        }
        return endpoint.plain();
    }

    /**
     * Skips (saying why) when {@code connection} to {@code endpoint} comes from the server's own
     * address: many servers (Dovecot among them) count such a connection as secured, so what they
     * allow there is no finding.
     */
    public static void requireUntrustedSource(Connection connection, Endpoint endpoint) {
        if (SourceAddress.seenAsServerItself(connection.localAddress(), new InetSocketAddress(endpoint.host(), endpoint.port()))) {
            connection.event("connected from the server's own address: the server may count this as secured");
            throw Skip.because("the audit could only connect from the server's own address "
                    + connection.localAddress().getAddress().getHostAddress()
                    + ", which servers such as Dovecot count as secured (plaintext login allowed there); "
                    + "set client.bind to another local address (e.g. 127.0.0.2) to audit it as a remote client");
        }
    }
}
