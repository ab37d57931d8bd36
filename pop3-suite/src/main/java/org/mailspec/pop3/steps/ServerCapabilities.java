package org.mailspec.pop3.steps;

import java.util.List;
import java.util.Optional;

import org.mailspec.pop3.Pop3Capabilities;

/**
 * What CAPA announced, read once per run by {@link CapabilityProbe}: in the state
 * {@code client A is connected} leaves a session in (after STLS when the target is configured for
 * it), and on a plain connection (where STLS is announced). Empty when CAPA was answered -ERR,
 * which RFC 2449 section 5 allows. {@code findings} are what the probe's connection showed that a
 * reply should not have (grammar deviations, plaintext before the TLS handshake, lines that answered
 * no command), each escaped: the scenarios that judge those rules see them on their own
 * connections; the probe keeps them so that they are not dropped.
 */
public record ServerCapabilities(Optional<Pop3Capabilities> connected, Optional<Pop3Capabilities> plain,
                                 List<String> findings) {

    public ServerCapabilities {
        findings = List.copyOf(findings);
    }

    public boolean implemented() {
        return connected.isPresent();
    }

    /**
     * Whether a {@code @cap-...} tag's capability is announced: {@code STLS} on a plain connection,
     * {@code SASL=PLAIN} as a SASL capability listing PLAIN, any other name as a capability tag.
     */
    public boolean announces(String tag) {
        int eq = tag.indexOf('=');
        if (eq > 0) {
            String argument = tag.substring(eq + 1);
            return connected.flatMap(c -> c.get(tag.substring(0, eq)))
                    .map(c -> c.arguments().stream().anyMatch(argument::equalsIgnoreCase)).orElse(false);
        }
        if (tag.equalsIgnoreCase("STLS")) {
            return plain.map(c -> c.has(tag)).orElse(false);
        }
        return connected.map(c -> c.has(tag)).orElse(false);
    }
}
