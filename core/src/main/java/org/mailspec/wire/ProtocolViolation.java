package org.mailspec.wire;

import org.mailspec.text.Ascii;

/**
 * The server broke the protocol grammar: the rule (ABNF production or RFC section) that failed,
 * the byte offset in the offending bytes, and those bytes. Unchecked, so it travels from the client
 * up to the step that judges it; reporters tell it from a {@link WireException} by type.
 */
public abstract class ProtocolViolation extends RuntimeException {
    private final String connection;
    private final String rule;
    private final int offset;
    private final byte[] bytes;

    protected ProtocolViolation(String connection, String rule, int offset, byte[] bytes, String problem, Throwable cause) {
        super(connection + ": " + problem + " [rule " + rule + ", offset " + offset + "]: \""
                + Ascii.around(bytes, offset, 60) + "\"", cause);
        this.connection = connection;
        this.rule = rule;
        this.offset = offset;
        this.bytes = bytes.clone();
    }

    public String connection() {
        return connection;
    }

    /** The grammar rule or RFC requirement broken, e.g. {@code response-tagged} or {@code rfc1939-3}. */
    public String rule() {
        return rule;
    }

    public int offset() {
        return offset;
    }

    /** The offending bytes exactly as received. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
