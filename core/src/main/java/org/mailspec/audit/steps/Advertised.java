package org.mailspec.audit.steps;

import java.util.List;

/**
 * What a server advertised in one capability listing (IMAP CAPABILITY, POP3 CAPA).
 *
 * @param listing        the listing as a finding quotes it, e.g. {@code CAPABILITY IMAP4rev1 STARTTLS}
 * @param names          the capability names, in the server's order and case
 * @param saslMechanisms the SASL mechanisms offered (IMAP's {@code AUTH=} capabilities, POP3's {@code SASL} arguments)
 */
public record Advertised(String listing, List<String> names, List<String> saslMechanisms) {

    public Advertised {
        names = List.copyOf(names);
        saslMechanisms = List.copyOf(saslMechanisms);
    }

    /** Case-insensitive. */
    public boolean has(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /** Case-insensitive. */
    public boolean offers(String mechanism) {
        return saslMechanisms.stream().anyMatch(m -> m.equalsIgnoreCase(mechanism));
    }
}
