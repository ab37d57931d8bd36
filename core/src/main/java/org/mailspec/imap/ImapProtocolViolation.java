package org.mailspec.imap;

import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.wire.ProtocolViolation;

/** A server response that breaks the IMAP grammar, seen by a STRICT client. */
public final class ImapProtocolViolation extends ProtocolViolation {
    private final transient ImapSyntaxException syntax;
    private final long sequence;

    public ImapProtocolViolation(String connection, ImapSyntaxException syntax, long sequence) {
        super(connection, syntax.rule(), syntax.offset(), syntax.input(), syntax.getMessage(), syntax);
        this.syntax = syntax;
        this.sequence = sequence;
    }

    public ImapSyntaxException syntax() {
        return syntax;
    }

    /** The arrival-sequence number the offending response took. */
    public long sequence() {
        return sequence;
    }
}
