package org.mailspec.imap.parse;

/**
 * A server response that breaks the RFC 9051 / RFC 3501 grammar: names the ABNF production path
 * that failed (e.g. {@code response > response-data > message-data > msg-att > body}), the byte
 * offset in the frame, and, in the message, what was expected and the offending bytes (escaped).
 */
public class ImapSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final int offset;
    private final byte[] input;

    public ImapSyntaxException(String rule, int offset, byte[] input, String message) {
        super(message);
        this.rule = rule;
        this.offset = offset;
        this.input = input.clone();
    }

    /** The production path, outermost first, joined by {@code " > "}. */
    public String rule() {
        return rule;
    }

    /** The offset of the offending byte in the frame. */
    public int offset() {
        return offset;
    }

    /** The whole frame (a copy). */
    public byte[] input() {
        return input.clone();
    }
}
