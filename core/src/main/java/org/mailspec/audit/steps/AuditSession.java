package org.mailspec.audit.steps;

import java.util.Optional;

import org.mailspec.wire.Connection;
import org.mailspec.wire.TlsSession;

/**
 * One connection the audit opened: the protocol's client, its connection, and the greeting it read.
 *
 * @param <C> the protocol's client
 */
public record AuditSession<C>(C client, Connection connection, AuditReply greeting) {

    /** The connection's name in the transcript, e.g. {@code imap-3}. */
    public String name() {
        return connection.name();
    }

    public Optional<TlsSession> tlsSession() {
        return connection.tlsSession();
    }

    /** Closes the connection without a logout. */
    public void close() {
        connection.close();
    }
}
