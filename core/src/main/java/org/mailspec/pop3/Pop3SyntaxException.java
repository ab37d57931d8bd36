package org.mailspec.pop3;

/**
 * A server reply that breaks RFC 1939 / RFC 2449 / RFC 5034: the rule that failed, the byte
 * offset, the offending bytes.
 */
public class Pop3SyntaxException extends Exception {
    private final String rule;
    private final int offset;
    private final byte[] input;

    public Pop3SyntaxException(String rule, int offset, byte[] input, String message) {
        super(message);
        this.rule = rule;
        this.offset = offset;
        this.input = input.clone();
    }

    public String rule() {
        return rule;
    }

    public int offset() {
        return offset;
    }

    public byte[] input() {
        return input.clone();
    }
}
