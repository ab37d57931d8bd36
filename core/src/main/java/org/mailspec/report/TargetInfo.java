package org.mailspec.report;

import java.util.Objects;

/**
 * The server under test.
 *
 * @param name            the resolved target, e.g. {@code dovecot-local}
 * @param resolvedBecause why that target was chosen
 * @param imap            the IMAP endpoint, or null when the run had no IMAP part
 * @param pop3            the POP3 endpoint, or null when the run had no POP3 part
 */
public record TargetInfo(String name, String resolvedBecause, EndpointInfo imap, EndpointInfo pop3) {
    public TargetInfo {
        name = Objects.requireNonNullElse(name, "");
        resolvedBecause = Objects.requireNonNullElse(resolvedBecause, "");
    }
}
