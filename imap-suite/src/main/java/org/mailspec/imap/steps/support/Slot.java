package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.mailspec.imap.response.ExtensionValue;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.MailboxName;
import org.mailspec.imap.response.SequenceSet;

/**
 * One field of a typed response, as a pattern item is compared with it (STEPS.md "Response
 * patterns"): atoms case-insensitively, numbers by value, strings by value whatever form they
 * travelled in, {@code <any>} always; lists in order, sets (flags, capabilities, STATUS and FETCH
 * items) in any order, {@code ...} standing for whatever else the server sent.
 */
@FunctionalInterface
interface Slot {

    /** Whether the pattern item matches this field. */
    boolean accepts(PatternToken t);

    /** A field for a pattern item; {@code <any>} is accepted before {@code test} is asked. */
    static Slot of(Predicate<PatternToken> test) {
        return t -> t instanceof PatternToken.Any || test.test(t);
    }

    static Slot number(long value) {
        return of(t -> t instanceof PatternToken.Num n && n.value() == value);
    }

    /** An atom the server sent (a keyword, flag, capability): any case; a quoted pattern string compares exactly. */
    static Slot atom(String value) {
        return of(t -> atomEquals(t, value));
    }

    static boolean atomEquals(PatternToken t, String value) {
        return t instanceof PatternToken.Atom a && a.is(value)
                || t instanceof PatternToken.Str s && s.value().equals(value)
                || t instanceof PatternToken.Num n && Long.toString(n.value()).equals(value);
    }

    /** A string (quoted, literal, or an astring's atom): by value, case-sensitively. */
    static Slot string(String value) {
        return of(t -> stringEquals(t, value));
    }

    static boolean stringEquals(PatternToken t, String value) {
        return t instanceof PatternToken.Str s && s.value().equals(value)
                || t instanceof PatternToken.Atom a && a.text().equals(value)
                || t instanceof PatternToken.Num n && Long.toString(n.value()).equals(value);
    }

    /** A string or NIL (empty). */
    static Slot nstring(Optional<String> value) {
        return value.isEmpty() ? of(t -> t instanceof PatternToken.Nil) : string(value.get());
    }

    /** A mailbox name: an alias matches the name in any form (modified UTF-7 decoded); INBOX in any case. */
    static Slot mailbox(MailboxName name) {
        return of(t -> {
            if (t instanceof PatternToken.Alias a) {
                return name.names(a.unicode());
            }
            String written = t instanceof PatternToken.Atom a ? a.text() : t instanceof PatternToken.Str s ? s.value() : null;
            return written != null && MailboxName.of(written).equals(name);
        });
    }

    /** A flag list: the flags as a set. */
    static Slot flags(List<Flag> flags) {
        return of(t -> t instanceof PatternToken.Group g && !g.code()
                && set(g.items(), flags, (p, f) -> atomEquals(p, f.name())));
    }

    /** A sequence set: a number stands for itself, an atom for the set as written ({@code 1:3,5}). */
    static Slot sequenceSet(SequenceSet set) {
        return of(t -> t instanceof PatternToken.Num n && set.toString().equals(Long.toString(n.value()))
                || t instanceof PatternToken.Atom a && a.is(set.toString()));
    }

    /** A list in order. */
    static Slot list(List<Slot> slots) {
        return of(t -> t instanceof PatternToken.Group g && !g.code() && sequence(g.items(), slots, false));
    }

    /** Data whose shape the grammar leaves open (LIST extended items, ESEARCH return data). */
    static Slot extension(ExtensionValue v) {
        if (v instanceof ExtensionValue.Nil) {
            return of(t -> t instanceof PatternToken.Nil);
        }
        if (v instanceof ExtensionValue.Number n) {
            return number(n.value());
        }
        if (v instanceof ExtensionValue.ListValue l) {
            return list(l.items().stream().map(Slot::extension).toList());
        }
        return string(v.text().orElse(""));
    }

    /** A last field that meets every remaining pattern item at once: variable-length data (capabilities, SEARCH numbers). */
    record Tail(Predicate<List<PatternToken>> judge) implements Slot {
        @Override
        public boolean accepts(PatternToken t) {
            return judge.test(List.of(t));
        }
    }

    /**
     * The pattern items against the fields in order; {@code ...} ends the match early, a {@link Tail}
     * takes the items left. With {@code more}, the server sent data after these fields that only
     * {@code ...} can stand for.
     */
    static boolean sequence(List<PatternToken> pattern, List<Slot> slots, boolean more) {
        for (int i = 0; i <= pattern.size(); i++) {
            if (i < slots.size() && slots.get(i) instanceof Tail tail) {
                return tail.judge().test(pattern.subList(i, pattern.size()));
            }
            if (i == pattern.size()) {
                break;
            }
            if (pattern.get(i) instanceof PatternToken.Rest) {
                return true;
            }
            if (i >= slots.size() || !slots.get(i).accepts(pattern.get(i))) {
                return false;
            }
        }
        return pattern.size() == slots.size() && !more;
    }

    /** The pattern items against the values in any order, each value used once; {@code ...} admits others. */
    static <T> boolean set(List<PatternToken> pattern, List<T> actual, BiPredicate<PatternToken, T> matches) {
        boolean rest = false;
        List<T> pool = new ArrayList<>(actual);
        for (PatternToken p : pattern) {
            if (p instanceof PatternToken.Rest) {
                rest = true;
                continue;
            }
            int hit = -1;
            for (int j = 0; j < pool.size() && hit < 0; j++) {
                if (p instanceof PatternToken.Any || matches.test(p, pool.get(j))) {
                    hit = j;
                }
            }
            if (hit < 0) {
                return false;
            }
            pool.remove(hit);
        }
        return rest || pool.isEmpty();
    }

    /** A named field of a set of name/value pairs (STATUS attributes, FETCH items, return data). */
    record Pair(Predicate<PatternToken> named, Slot value) {
    }

    /** Pattern items as name/value pairs against the pairs in any order; {@code ...} admits others. */
    static boolean pairs(List<PatternToken> pattern, List<Pair> actual) {
        boolean rest = !pattern.isEmpty() && pattern.get(pattern.size() - 1) instanceof PatternToken.Rest;
        int count = rest ? pattern.size() - 1 : pattern.size();
        if (count % 2 != 0) {
            return false;
        }
        List<Pair> pool = new ArrayList<>(actual);
        for (int i = 0; i < count; i += 2) {
            PatternToken name = pattern.get(i);
            PatternToken value = pattern.get(i + 1);
            Optional<Pair> hit = pool.stream().filter(p -> p.named().test(name) && p.value().accepts(value)).findFirst();
            if (hit.isEmpty()) {
                return false;
            }
            pool.remove(hit.get());
        }
        return rest || pool.isEmpty();
    }
}
