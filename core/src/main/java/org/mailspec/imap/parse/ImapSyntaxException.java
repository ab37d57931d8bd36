package org.mailspec.imap.parse;

/**
 * A server response that breaks the RFC 9051 / RFC 3501 grammar: names the ABNF production path
 * that failed, the byte offset, and the offending bytes (escaped).
 */
public class ImapSyntaxException extends Exception {
    private final String rule;
    private final int offset;
    private final byte[] input;

    public ImapSyntaxException(String rule, int offset, byte[] input, String message) {
        super(message);
        this.rule = rule;
        this.offset = offset;
        this.input = input.clone();
    }

    public String rule() { return rule; }
    public int offset() { return offset; }
    public byte[] input() { return input.clone(); }
}
