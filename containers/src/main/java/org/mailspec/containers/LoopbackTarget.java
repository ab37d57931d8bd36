package org.mailspec.containers;

import java.util.Optional;

import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;

/**
 * A server the harness started itself on 127.0.0.1: IMAP and POP3 on plain ports (with
 * {@link #plainTls()} there), IMAPS and POP3S with implicit TLS, a certificate that is self-signed
 * (so not verified), and fresh mailboxes the scenarios may freely change. The implementations
 * give the four ports; this builds the endpoints from them.
 */
interface LoopbackTarget extends Target {
    String HOST = "127.0.0.1";

    /** The listening ports on {@link #HOST}; {@code lmtp} is 0 when the server offers no LMTP. */
    record Ports(int imap, int imaps, int pop3, int pop3s, int lmtp) {
        Ports(int imap, int imaps, int pop3, int pop3s) {
            this(imap, imaps, pop3, pop3s, 0);
        }
    }

    /** The ports, read when asked (a container's mapped ports are known only once it runs). */
    Ports ports();

    /** The mode of the plain IMAP and POP3 ports: {@code STARTTLS}, or {@code NONE} for a server without it. */
    TlsMode plainTls();

    @Override
    default Endpoint imap() {
        return new Endpoint(HOST, ports().imap(), plainTls());
    }

    @Override
    default Optional<Endpoint> imaps() {
        return Optional.of(new Endpoint(HOST, ports().imaps(), TlsMode.IMPLICIT));
    }

    @Override
    default Endpoint pop3() {
        return new Endpoint(HOST, ports().pop3(), plainTls());
    }

    @Override
    default Optional<Endpoint> pop3s() {
        return Optional.of(new Endpoint(HOST, ports().pop3s(), TlsMode.IMPLICIT));
    }

    /** The certificate is self-signed, made for this server. */
    @Override
    default boolean tlsInsecure() {
        return true;
    }

    @Override
    default boolean managed() {
        return true;
    }
}
