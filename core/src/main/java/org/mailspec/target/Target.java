package org.mailspec.target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;

/**
 * A server under test, resolved from the settings. Closing it stops what the harness started
 * (a container, a local process, an embedded server) and nothing else.
 */
public interface Target extends AutoCloseable {

    /** {@code embedded}, {@code dovecot}, {@code dovecot-local}, {@code remote}. */
    String name();

    /** One line: why this target was chosen (printed first in every run). */
    String resolvedBecause();

    /** The plain (or STARTTLS) IMAP endpoint; for a remote {@code imap.tls=implicit} this is the TLS one. */
    Endpoint imap();

    /** The implicit-TLS IMAP endpoint (993), when there is one. */
    Optional<Endpoint> imaps();

    Endpoint pop3();

    Optional<Endpoint> pop3s();

    /** An SMTP endpoint for fixture delivery, when configured. */
    Optional<Endpoint> smtp();

    /**
     * An LMTP endpoint (RFC 2033) into the server's own mail store, for fixture delivery as a mail
     * transfer agent would hand mail over; the managed Dovecot targets have one.
     */
    default Optional<Endpoint> lmtp() {
        return Optional.empty();
    }

    /** The domain of the accounts' mail addresses ({@code user@domain}) for SMTP delivery, when the target knows it. */
    default Optional<String> mailDomain() {
        return Optional.empty();
    }

    /** At least one account; two for multi-user scenarios. */
    List<Account> accounts();

    /** Accept self-signed or otherwise unverifiable certificates. */
    boolean tlsInsecure();

    /** The read and connect timeout for every connection. */
    Duration timeout();

    /** The server's log file, when the harness can read it (security audit of logged secrets). */
    default Optional<Path> serverLog() {
        return Optional.empty();
    }

    /** True when the harness started this server with fresh, empty mailboxes it may freely change. */
    default boolean managed() {
        return false;
    }

    /**
     * The name of the baseline the project ships for this target, {@code containers/baselines/<name>.txt}:
     * the target's name unless it says otherwise (every Dovecot target shares {@code dovecot}, or
     * {@code dovecot-<variant>}).
     */
    default String baselineName() {
        return name();
    }

    /** Facts about the target, e.g. {@code dovecot}, {@code misconfigured}, {@code greenmail}. */
    default Set<String> traits() {
        return Set.of();
    }

    /** Output of {@code doveconf -n} for a Dovecot the harness manages. */
    default Optional<String> effectiveConfig() {
        return Optional.empty();
    }

    /**
     * True when the server cannot tell one scenario's connections from another's: each connection
     * comes from its own address (dovecot-local), or the server keeps no per-address state
     * (embedded GreenMail). Then parallel scenarios may open many connections per account, and a
     * scenario's failed logins do not delay another's (servers penalise an address after failed
     * logins). A remote target is reached from one address: false.
     */
    default boolean isolatesClients() {
        return false;
    }

    /**
     * The local address the harness binds its connections to, when the target needs one
     * ({@code client.bind} for a remote target). A Dovecot on 127.0.0.1 treats a client whose
     * address equals its own as secured (plaintext LOGIN allowed without TLS, no LOGINDISABLED),
     * so dovecot-local asks for another loopback source address to be judged like a remote client.
     */
    default Optional<String> clientBind() {
        return Optional.empty();
    }

    /** A way to deliver messages that bypasses IMAP (the embedded server's API), when available. */
    default Optional<MessageDelivery> nativeDelivery() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
