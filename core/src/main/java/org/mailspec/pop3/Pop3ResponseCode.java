package org.mailspec.pop3;

import java.util.List;
import java.util.Set;

/**
 * An extended response code (RFC 2449 section 8): {@code resp-code = "[" resp-level *("/" resp-level) "]"}.
 * Known codes: IN-USE and LOGIN-DELAY (RFC 2449), SYS/TEMP, SYS/PERM and AUTH (RFC 3206); any
 * other code is kept as sent.
 */
public record Pop3ResponseCode(List<String> levels) {

    public static final Pop3ResponseCode IN_USE = of("IN-USE");
    public static final Pop3ResponseCode LOGIN_DELAY = of("LOGIN-DELAY");
    public static final Pop3ResponseCode SYS_TEMP = of("SYS/TEMP");
    public static final Pop3ResponseCode SYS_PERM = of("SYS/PERM");
    public static final Pop3ResponseCode AUTH = of("AUTH");

    private static final Set<String> KNOWN = Set.of("IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", "AUTH");

    public Pop3ResponseCode {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a response code has at least one level");
        }
    }

    /** {@code "SYS/TEMP"} -> levels [SYS, TEMP]. */
    public static Pop3ResponseCode of(String value) {
        return new Pop3ResponseCode(List.of(value.split("/", -1)));
    }

    /** The code as sent, levels joined by {@code /}. */
    public String value() {
        return String.join("/", levels);
    }

    /** Defined by RFC 2449 or RFC 3206 (codes compare case-insensitively). */
    public boolean isKnown() {
        return KNOWN.contains(value().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean is(Pop3ResponseCode other) {
        return value().equalsIgnoreCase(other.value());
    }

    /**
     * Whether this code is {@code general} or one of its sub-codes: {@code [SYS/TEMP]} is within
     * {@code [SYS]} (RFC 2449 section 8: codes are hierarchical, levels separated by "/").
     * Levels compare case-insensitively.
     */
    public boolean isWithin(Pop3ResponseCode general) {
        if (general.levels.size() > levels.size()) {
            return false;
        }
        for (int i = 0; i < general.levels.size(); i++) {
            if (!levels.get(i).equalsIgnoreCase(general.levels.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "[" + value() + "]";
    }
}
