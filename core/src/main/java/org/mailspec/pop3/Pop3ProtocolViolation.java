package org.mailspec.pop3;

import org.mailspec.wire.ProtocolViolation;

/** A server reply that breaks the POP3 grammar, seen by a STRICT client. */
public final class Pop3ProtocolViolation extends ProtocolViolation {
    private final transient Pop3SyntaxException syntax;

    public Pop3ProtocolViolation(String connection, Pop3SyntaxException syntax) {
        super(connection, syntax.rule(), syntax.offset(), syntax.input(), syntax.getMessage(), syntax);
        this.syntax = syntax;
    }

    public Pop3SyntaxException syntax() {
        return syntax;
    }
}
