package org.mailspec.delivery;

import org.mailspec.wire.ProtocolViolation;

/** An SMTP or LMTP reply that breaks RFC 5321 section 4.2's grammar. */
public final class MailTransferViolation extends ProtocolViolation {
    public MailTransferViolation(String connection, String rule, int offset, byte[] bytes, String problem) {
        super(connection, rule, offset, bytes, problem, null);
    }
}
