package org.mailspec.imap.steps.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the text of a response pattern (our own expected side, never a server's bytes) into
 * {@link PatternToken}s: {@code "*" SP} then values in wire syntax. After a status word
 * ({@code OK}, {@code NO}, {@code BAD}, {@code BYE}, {@code PREAUTH}) only a bracketed response
 * code is read: the human-readable text is never compared. {@code <uid:N>} and {@code <delim>}
 * are replaced first, from what the scenario recorded.
 */
final class PatternTokens {

    /** What the scenario knows that a pattern's placeholders stand for. */
    interface Resolver {
        /** The Unicode mailbox name of a declared alias, or empty when the word is not one. */
        Optional<String> alias(String name);

        /** The recorded UID of message n of the client's selected mailbox. */
        long uid(int n);

        /** The server's hierarchy delimiter; empty for NIL. */
        String delimiter();
    }

    private static final Set<String> STATUS = Set.of("OK", "NO", "BAD", "BYE", "PREAUTH");

    private final String in;
    private final Resolver resolver;
    private int pos;

    private PatternTokens(String in, Resolver resolver) {
        this.in = in;
        this.resolver = resolver;
    }

    static List<PatternToken> read(String pattern, Resolver resolver) {
        return new PatternTokens(substitute(pattern, resolver), resolver).response();
    }

    /** {@code <uid:N>} becomes the recorded UID, {@code <delim>} the delimiter as a quoted string (or NIL). */
    private static String substitute(String pattern, Resolver resolver) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int close = pattern.indexOf('>', i);
            if (pattern.startsWith("<uid:", i) && close > i) {
                out.append(resolver.uid(Integer.parseInt(pattern.substring(i + 5, close).trim())));
                i = close + 1;
            } else if (pattern.startsWith("<delim>", i)) {
                String d = resolver.delimiter();
                out.append(d.isEmpty() ? "NIL" : "\"" + d.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                i += "<delim>".length();
            } else {
                out.append(pattern.charAt(i++));
            }
        }
        return out.toString();
    }

    private List<PatternToken> response() {
        skipSpaces();
        if (pos < in.length() && in.charAt(pos) == '*') {
            pos++;
        }
        List<PatternToken> out = new ArrayList<>();
        skipSpaces();
        while (!atEnd()) {
            if (out.size() == 1 && out.get(0) instanceof PatternToken.Atom a && STATUS.contains(a.upper())) {
                if (in.charAt(pos) == '[') {
                    pos++;
                    out.add(new PatternToken.Group(items(']'), true));
                }
                break;
            }
            out.add(value());
            skipSpaces();
        }
        return out;
    }

    private boolean atEnd() {
        return pos >= in.length();
    }

    private void skipSpaces() {
        while (pos < in.length() && in.charAt(pos) == ' ') {
            pos++;
        }
    }

    private List<PatternToken> items(char close) {
        List<PatternToken> items = new ArrayList<>();
        skipSpaces();
        while (pos < in.length() && in.charAt(pos) != close) {
            items.add(value());
            skipSpaces();
        }
        if (pos >= in.length()) {
            throw new IllegalArgumentException("harness defect: unclosed list in the pattern " + in);
        }
        pos++;
        return items;
    }

    private PatternToken value() {
        char c = in.charAt(pos);
        if (c == '(') {
            pos++;
            return new PatternToken.Group(items(')'), false);
        }
        if (c == '"') {
            return quoted();
        }
        if (in.startsWith("<any>", pos)) {
            pos += "<any>".length();
            return new PatternToken.Any();
        }
        return atom();
    }

    private PatternToken quoted() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < in.length() && in.charAt(pos) != '"') {
            if (in.charAt(pos) == '\\' && pos + 1 < in.length()) {
                pos++;
            }
            out.append(in.charAt(pos++));
        }
        pos++;
        return new PatternToken.Str(out.toString());
    }

    private PatternToken atom() {
        int start = pos;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == ' ' || c == '(' || c == ')' || c == ']' || c == '"') {
                break;
            }
            if (c == '[') {
                if (pos == start) {
                    break;
                }
                pos = skipBracket(pos);
                continue;
            }
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("harness defect: unexpected '" + in.charAt(pos) + "' at offset " + pos
                    + " of the pattern " + in);
        }
        String t = in.substring(start, pos);
        if (t.equalsIgnoreCase("NIL")) {
            return new PatternToken.Nil();
        }
        if (t.equals("...")) {
            return new PatternToken.Rest();
        }
        if (t.startsWith("$") && t.length() > 1 && Character.isUpperCase(t.charAt(1))) {
            Optional<String> name = resolver.alias(t.substring(1));
            if (name.isPresent()) {
                return new PatternToken.Alias(t.substring(1), name.get());
            }
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() < 19) {
            return new PatternToken.Num(Long.parseLong(t));
        }
        return new PatternToken.Atom(t);
    }

    /** The end of a section inside an atom ({@code BODY[HEADER.FIELDS (A B)]}). */
    private int skipBracket(int open) {
        int depth = 0;
        for (int i = open; i < in.length(); i++) {
            if (in.charAt(i) == '[') {
                depth++;
            } else if (in.charAt(i) == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("harness defect: unclosed '[' in the pattern " + in);
    }
}
