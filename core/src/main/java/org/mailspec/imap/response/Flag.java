package org.mailspec.imap.response;

import java.util.Locale;
import java.util.Objects;

/**
 * A message flag as it travelled: a system flag ({@code \Seen}), a flag-extension ({@code \Foo}),
 * the special {@code \*} of PERMANENTFLAGS, or a keyword ({@code $Forwarded}). Flags compare
 * case-insensitively (RFC 9051 section 9, note 1); {@link #name()} keeps the server's spelling.
 */
public record Flag(String name) {
    public static final Flag SEEN = new Flag("\\Seen");
    public static final Flag ANSWERED = new Flag("\\Answered");
    public static final Flag FLAGGED = new Flag("\\Flagged");
    public static final Flag DELETED = new Flag("\\Deleted");
    public static final Flag DRAFT = new Flag("\\Draft");
    public static final Flag RECENT = new Flag("\\Recent");
    /** {@code \*} in PERMANENTFLAGS: the client may create new keywords. */
    public static final Flag ANY_KEYWORD = new Flag("\\*");

    public Flag {
        Objects.requireNonNull(name, "name");
    }

    public static Flag of(String name) {
        return new Flag(name);
    }

    /** A flag starting with a backslash: system flags and flag-extensions. */
    public boolean isSystem() {
        return name.startsWith("\\");
    }

    /** A keyword (flag-keyword = atom): no leading backslash. */
    public boolean isKeyword() {
        return !isSystem();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flag f && f.name.equalsIgnoreCase(name);
    }

    @Override
    public int hashCode() {
        return name.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
