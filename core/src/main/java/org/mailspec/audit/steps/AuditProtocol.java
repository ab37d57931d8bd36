package org.mailspec.audit.steps;

import java.util.Optional;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.WireException;

/**
 * What the shared audit steps need from one protocol. A suite implements it once, for its
 * protocol's client {@code C}, and registers the class as a part of its run (picocontainer then
 * hands it to {@link AuditWorld}). Every method that talks to the server reads its answer with
 * the connection's timeout.
 *
 * @param <C> the protocol's client (core's {@code ImapClient}, {@code Pop3Client})
 */
public interface AuditProtocol<C> {

    /** Its name, its STARTTLS command, where the target has it, and how its RFCs word the rules. */
    ProtocolFacts facts();

    /** Connects and reads the greeting; TLS is not started on a plain endpoint. */
    AuditSession<C> connect(Endpoint endpoint, ClientOptions options) throws WireException;

    /** What the server advertises now, asking for it when the client does not know. */
    Advertised advertised(C client) throws WireException;

    /** the STARTTLS command and, when it is accepted, the TLS handshake: the answer. */
    AuditReply startTls(C client) throws WireException;

    /** the STARTTLS command only: the answer; the caller does the handshake (the legacy TLS probe does its own). */
    AuditReply requestTls(C client) throws WireException;

    /** A login the way the server allows one: the protocol's plain login, else SASL PLAIN where that is disabled. */
    AuditReply login(C client, Account account) throws WireException;

    /** The server's announcement that it closes the connection (IMAP's untagged BYE), once one arrived. */
    Optional<AuditReply> closing(C client);

    /** Ends the session as the protocol says (LOGOUT, QUIT). */
    void logout(C client) throws WireException;
}
