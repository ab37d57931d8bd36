package org.mailspec.pop3;

/**
 * The status indicator of a reply (RFC 1939 section 3): {@code +OK}, {@code -ERR}, or, inside an
 * AUTH exchange only, the continuation {@code +} of RFC 5034.
 */
public enum Pop3Status {
    OK("+OK"), ERR("-ERR"), CONTINUE("+");

    private final String wire;

    Pop3Status(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
