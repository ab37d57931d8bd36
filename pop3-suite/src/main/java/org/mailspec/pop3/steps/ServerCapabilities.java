package org.mailspec.pop3.steps;

import java.util.List;
import java.util.Optional;

import org.mailspec.pop3.Pop3Capability;

/**
 * What CAPA announced, read once per run: in the state {@code client A is connected} leaves a
 * session in (after STLS when the target is configured for it), and on a plain connection (where
 * STLS is announced). Empty when CAPA was answered -ERR.
 */
public record ServerCapabilities(Optional<List<Pop3Capability>> connected, Optional<List<Pop3Capability>> plain) {

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
            String name = tag.substring(0, eq);
            String argument = tag.substring(eq + 1);
            return find(connected, name).map(c -> c.arguments().stream().anyMatch(argument::equalsIgnoreCase))
                    .orElse(false);
        }
        if (tag.equalsIgnoreCase("STLS")) {
            return find(plain, tag).isPresent();
        }
        return find(connected, tag).isPresent();
    }

    /** A capability announced in the connected state. */
    public Optional<Pop3Capability> get(String name) {
        return find(connected, name);
    }

    private static Optional<Pop3Capability> find(Optional<List<Pop3Capability>> list, String name) {
        return list.flatMap(l -> l.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst());
    }
}
