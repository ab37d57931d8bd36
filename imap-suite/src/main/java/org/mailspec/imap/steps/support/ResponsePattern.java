package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A response pattern as STEPS.md defines it: one untagged response in wire syntax, matched
 * structurally. Atoms compare case-insensitively, numbers by value, strings by value in any
 * form; flag lists and the FETCH attribute list match in any order; {@code <any>} matches one
 * value; {@code ...} ends a list that may hold more; {@code $Name} matches the alias's
 * mailbox name; the text of a status response is never compared.
 */
public final class ResponsePattern {

    private static final Set<String> FLAG_LIST_OWNERS = Set.of("FLAGS", "PERMANENTFLAGS");

    private final String source;
    private final List<Value> expected;
    private final Function<String, MailboxName> aliases;

    private ResponsePattern(String source, List<Value> expected, Function<String, MailboxName> aliases) {
        this.source = source;
        this.expected = expected;
        this.aliases = aliases;
    }

    /**
     * @param text    the pattern, starting with {@code *}
     * @param aliases the mailbox name an alias stands for, or null when the word is not an
     *                alias (then {@code $Word} is an ordinary atom, e.g. the keyword {@code $Forwarded})
     */
    public static ResponsePattern compile(String text, Function<String, MailboxName> aliases) {
        return new ResponsePattern(text, WireTokens.pattern(text), Objects.requireNonNull(aliases));
    }

    public String source() {
        return source;
    }

    /** Whether the untagged response (its raw bytes) matches. */
    public boolean matches(byte[] rawResponse) {
        List<Value> actual;
        try {
            actual = WireTokens.untagged(rawResponse);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return matches(actual);
    }

    public boolean matches(List<Value> actual) {
        boolean status = WireTokens.isStatus(actual);
        String kind = WireTokens.kind(actual);
        if (status) {
            // the pattern may stop before the code or after it; the text is never compared
            if (expected.size() > actual.size()) {
                return false;
            }
            return sequence(expected, actual.subList(0, expected.size()), kind);
        }
        return sequence(expected, actual, kind);
    }

    private boolean sequence(List<Value> exp, List<Value> act, String kind) {
        int i = 0;
        for (; i < exp.size(); i++) {
            Value e = exp.get(i);
            if (e instanceof Value.Rest) {
                return true;
            }
            if (i >= act.size()) {
                return false;
            }
            Value a = act.get(i);
            Value previous = i > 0 ? exp.get(i - 1) : null;
            boolean unordered = previous instanceof Value.Atom p && FLAG_LIST_OWNERS.contains(p.upper())
                    || (i == 1 && (kind.equals("LIST") || kind.equals("LSUB")));
            boolean fetchList = kind.equals("FETCH") && i == 2;
            if (!one(e, a, unordered, fetchList)) {
                return false;
            }
        }
        return i == act.size();
    }

    private boolean one(Value e, Value a, boolean unordered, boolean fetchList) {
        if (e instanceof Value.Any) {
            return true;
        }
        if (e instanceof Value.MailboxRef ref) {
            MailboxName name = aliases.apply(ref.alias());
            if (name == null) {
                return one(new Value.Atom("$" + ref.alias()), a, unordered, fetchList);
            }
            return name.matches(a);
        }
        if (e instanceof Value.Nil) {
            return a instanceof Value.Nil;
        }
        if (e instanceof Value.Num n) {
            return a instanceof Value.Num m && m.value() == n.value()
                    || a instanceof Value.Atom at && at.text().equals(Long.toString(n.value()));
        }
        if (e instanceof Value.Atom at) {
            if (a instanceof Value.Atom b) {
                return at.upper().equals(b.upper()) || WireTokens.itemName(at.text()).equals(WireTokens.itemName(b.text()));
            }
            if (a instanceof Value.Str s) {
                return at.text().equals(s.utf8()) || (at.upper().equals("INBOX") && s.utf8().equalsIgnoreCase("INBOX"));
            }
            return false;
        }
        if (e instanceof Value.Str s) {
            String t = Value.text(a);
            return t != null && !(a instanceof Value.Num) && t.equals(s.utf8());
        }
        if (e instanceof Value.ListV el) {
            if (!(a instanceof Value.ListV al) || el.bracket() != al.bracket()) {
                return false;
            }
            if (fetchList) {
                return pairs(el.items(), al.items());
            }
            if (unordered) {
                return unordered(el.items(), al.items());
            }
            // a response code: its first atom owns a flag list (PERMANENTFLAGS)
            return sequence(el.items(), al.items(), el.bracket() ? "CODE" : "");
        }
        return false;
    }

    private boolean unordered(List<Value> exp, List<Value> act) {
        boolean rest = !exp.isEmpty() && exp.get(exp.size() - 1) instanceof Value.Rest;
        List<Value> pool = new ArrayList<>(act);
        for (Value e : exp) {
            if (e instanceof Value.Rest) {
                continue;
            }
            int hit = -1;
            for (int j = 0; j < pool.size(); j++) {
                if (one(e, pool.get(j), false, false)) {
                    hit = j;
                    break;
                }
            }
            if (hit < 0) {
                return false;
            }
            pool.remove(hit);
        }
        return rest || pool.isEmpty();
    }

    private boolean pairs(List<Value> exp, List<Value> act) {
        boolean rest = !exp.isEmpty() && exp.get(exp.size() - 1) instanceof Value.Rest;
        int expPairs = rest ? exp.size() - 1 : exp.size();
        if (expPairs % 2 != 0 || act.size() % 2 != 0) {
            return false;
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < expPairs; i += 2) {
            boolean found = false;
            for (int j = 0; j < act.size(); j += 2) {
                if (used.contains(j)) {
                    continue;
                }
                Value name = exp.get(i);
                if (one(name, act.get(j), false, false)) {
                    boolean flags = name instanceof Value.Atom n && n.upper().equals("FLAGS");
                    if (one(exp.get(i + 1), act.get(j + 1), flags, false)) {
                        used.add(j);
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return rest || used.size() * 2 == act.size();
    }

    @Override
    public String toString() {
        return source;
    }
}
