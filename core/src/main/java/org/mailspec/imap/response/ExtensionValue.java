package org.mailspec.imap.response;

import java.util.List;
import java.util.Optional;

/**
 * Data whose shape the grammar leaves open: {@code body-extension}, {@code tagged-ext-val} (LIST
 * extended items, ESEARCH return data), and the arguments of extension responses.
 */
public sealed interface ExtensionValue {

    /** NIL. */
    record Nil() implements ExtensionValue {
        @Override
        public String toString() {
            return "NIL";
        }
    }

    /** A number (number, number64). */
    record Number(long value) implements ExtensionValue {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** An atom (or a sequence-set such as {@code 1:3,5}) as sent. */
    record Atom(String value) implements ExtensionValue {
        @Override
        public String toString() {
            return value;
        }
    }

    /** A quoted string or a literal. */
    record Str(ImapString value) implements ExtensionValue {
        @Override
        public String toString() {
            return '"' + value.asString() + '"';
        }
    }

    /** A parenthesised list. */
    record ListValue(List<ExtensionValue> items) implements ExtensionValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (ExtensionValue v : items) {
                if (sb.length() > 1) {
                    sb.append(' ');
                }
                sb.append(v);
            }
            return sb.append(')').toString();
        }
    }

    /** The text of an atom or string, the decimal form of a number; empty for NIL and lists. */
    default Optional<String> text() {
        if (this instanceof Atom a) {
            return Optional.of(a.value());
        }
        if (this instanceof Str s) {
            return Optional.of(s.value().asString());
        }
        if (this instanceof Number n) {
            return Optional.of(Long.toString(n.value()));
        }
        return Optional.empty();
    }
}
