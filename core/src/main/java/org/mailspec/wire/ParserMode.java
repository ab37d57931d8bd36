package org.mailspec.wire;

/**
 * How a client treats server bytes that break the grammar. STRICT throws a {@link ProtocolViolation}
 * at the first one; LENIENT records a {@link Deviation} and goes on with what it could read.
 */
public enum ParserMode {
    STRICT, LENIENT
}
