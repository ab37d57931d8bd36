package org.mailspec.audit.steps;

import java.util.Optional;
import java.util.function.Function;

import org.mailspec.settings.Endpoint;
import org.mailspec.target.Target;

/**
 * What the shared audit steps know of a protocol without talking to a server.
 *
 * @param name                the protocol's name as the steps write it: {@code IMAP}, {@code POP3}
 * @param startTlsCommand     the command that starts TLS on the cleartext port, as the server advertises it:
 *                            {@code STARTTLS}, {@code STLS}
 * @param endpoint            the target's endpoint for the protocol, as configured (cleartext, STARTTLS or implicit TLS)
 * @param implicitTlsEndpoint the target's implicit-TLS endpoint for the protocol, when it has one
 * @param rules               how the protocol's RFCs word the rules the shared steps judge
 */
public record ProtocolFacts(String name, String startTlsCommand, Function<Target, Endpoint> endpoint,
                            Function<Target, Optional<Endpoint>> implicitTlsEndpoint, AuditRules rules) {

    /** The implicit-TLS port's name as the steps write it: the protocol's and an S ({@code IMAPS}, {@code POP3S}). */
    public String implicitTlsName() {
        return name + "S";
    }
}
