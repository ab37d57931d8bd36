package org.mailspec.imap.steps.support;

import java.util.List;
import java.util.Locale;

/**
 * One item of a response pattern (the expected side a scenario writes, STEPS.md "Response
 * patterns"): the value kinds of RFC 9051 section 4 as written in the pattern, and the three
 * that only patterns have: {@link Any}, {@link Rest} and {@link Alias}.
 */
public sealed interface PatternToken {

    /** An atom as written ({@code \Seen}, {@code FETCH}, {@code BODY[HEADER]<0>}); compares case-insensitively. */
    record Atom(String text) implements PatternToken {
        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        public boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A number. */
    record Num(long value) implements PatternToken {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A quoted string (escapes undone); compares by value, case-sensitively. */
    record Str(String value) implements PatternToken {
        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }

    /** NIL. */
    record Nil() implements PatternToken {
        @Override
        public String toString() {
            return "NIL";
        }
    }

    /** A parenthesized list, or with {@code code} the bracketed response code of a status response. */
    record Group(List<PatternToken> items, boolean code) implements PatternToken {
        public Group {
            items = List.copyOf(items);
        }

        /** The first item is the atom {@code word}. */
        public boolean startsWith(String word) {
            return !items.isEmpty() && items.get(0) instanceof Atom a && a.is(word);
        }

        @Override
        public String toString() {
            return (code ? "[" : "(") + String.join(" ", items.stream().map(String::valueOf).toList()) + (code ? "]" : ")");
        }
    }

    /** {@code <any>}: one value of any kind. */
    record Any() implements PatternToken {
        @Override
        public String toString() {
            return "<any>";
        }
    }

    /** {@code ...} as the last item: any further items. */
    record Rest() implements PatternToken {
        @Override
        public String toString() {
            return "...";
        }
    }

    /** {@code $Name} of a declared alias: the mailbox with that Unicode name, in any string form. */
    record Alias(String alias, String unicode) implements PatternToken {
        @Override
        public String toString() {
            return "$" + alias;
        }
    }
}
