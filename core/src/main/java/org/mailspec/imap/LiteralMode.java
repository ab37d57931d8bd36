package org.mailspec.imap;

/**
 * How a literal is sent (RFC 9051 section 4.3, RFC 7888).
 * SYNC: {@code {n}}, wait for "+" before the bytes. NON_SYNC: {@code {n+}}, bytes at once; only
 * when the server advertises LITERAL+, or LITERAL- and n <= 4096. AUTO: NON_SYNC when allowed, else SYNC.
 */
public enum LiteralMode {
    AUTO, SYNC, NON_SYNC
}
