package org.mailspec.imap;

import java.util.Objects;

/** {@code tag = 1*<any ASTRING-CHAR except "+">} (RFC 9051 section 9): names one command and its completion. */
public record Tag(String value) {

    public Tag {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty tag");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAstringChar(c) || c == '+') {
                throw new IllegalArgumentException("not a tag character at " + i + " in \"" + value + "\"");
            }
        }
    }

    /** {@code ASTRING-CHAR = ATOM-CHAR / resp-specials}: printable ASCII except {@code ( ) { SP % * " \}. */
    static boolean isAstringChar(char c) {
        return c > 0x20 && c < 0x7f && "(){%*\"\\".indexOf(c) < 0;
    }

    /** {@code ATOM-CHAR}: an {@code ASTRING-CHAR} other than {@code ]}. */
    static boolean isAtomChar(char c) {
        return isAstringChar(c) && c != ']';
    }

    @Override
    public String toString() {
        return value;
    }

    /** {@code A001}, {@code A002}, ... {@code A999}, {@code A1000}, ... */
    public static final class Generator {
        private final String prefix;
        private int next = 1;

        public Generator(String prefix) {
            new Tag(prefix + "1");
            this.prefix = prefix;
        }

        public synchronized Tag next() {
            return new Tag(prefix + String.format(java.util.Locale.ROOT, "%03d", next++));
        }
    }
}
