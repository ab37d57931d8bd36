package org.mailspec.imap.steps.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One value of an IMAP response as the assertion steps see it: the structure of RFC 9051
 * section 4 (atom, number, string, NIL, parenthesized list) without the grammar's
 * production names. Patterns add three kinds that only ever appear on the expected side:
 * {@link Any}, {@link Rest} and {@link MailboxRef}.
 */
public sealed interface Value {

    /** An atom (flags like {@code \Seen}, keywords, {@code BODY[1]<0>}, response words). */
    record Atom(String text) implements Value {
        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A number (RFC 9051 {@code number64}). */
    record Num(long value) implements Value {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A quoted string or a literal; the octets as they arrived (quoted escapes removed). */
    record Str(byte[] octets, boolean literal) implements Value {
        public Str {
            octets = octets.clone();
        }

        @Override
        public byte[] octets() {
            return octets.clone();
        }

        public String utf8() {
            return new String(octets, StandardCharsets.UTF_8);
        }

        public int length() {
            return octets.length;
        }

        @Override
        public String toString() {
            return literal ? "{" + octets.length + "}" + org.mailspec.text.Ascii.escape(octets)
                    : "\"" + org.mailspec.text.Ascii.escape(octets) + "\"";
        }
    }

    /** NIL. */
    record Nil() implements Value {
        @Override
        public String toString() {
            return "NIL";
        }
    }

    /** A parenthesized list; {@code bracket} for a response code {@code [...]}. */
    record ListV(List<Value> items, boolean bracket) implements Value {
        public ListV {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(bracket ? "[" : "(");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(items.get(i));
            }
            return b.append(bracket ? "]" : ")").toString();
        }
    }

    /** Pattern only: {@code <any>}, matches one value of any kind. */
    record Any() implements Value {
        @Override
        public String toString() {
            return "<any>";
        }
    }

    /** Pattern only: {@code ...} as the last item of a list, matches any further items. */
    record Rest() implements Value {
        @Override
        public String toString() {
            return "...";
        }
    }

    /** Pattern only: {@code $Name}, matches the alias's mailbox name in any string form. */
    record MailboxRef(String alias) implements Value {
        @Override
        public String toString() {
            return "$" + alias;
        }
    }

    /** The text of an atom or string, for comparisons where either form is allowed (astring). */
    static String text(Value v) {
        if (v instanceof Atom a) {
            return a.text();
        }
        if (v instanceof Str s) {
            return s.utf8();
        }
        if (v instanceof Num n) {
            return Long.toString(n.value());
        }
        return null;
    }
}
