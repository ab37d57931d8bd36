package org.mailspec.imap.steps.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of one framed response (line plus literals) into {@link Value}s, for the
 * assertion steps. Syntax is judged by the strict parser on the wire; this reader is
 * deliberately structural: it keeps every value and stops at the human-readable text of a
 * status response, which no step ever compares.
 */
public final class WireTokens {

    private static final Set<String> STATUS = Set.of("OK", "NO", "BAD", "BYE", "PREAUTH");

    private final byte[] in;
    private final boolean pattern;
    private int pos;

    private WireTokens(byte[] in, boolean pattern) {
        this.in = in;
        this.pattern = pattern;
    }

    /** The values after the leading {@code "*" SP} of an untagged response (CRLF optional). */
    public static List<Value> untagged(byte[] raw) {
        return new WireTokens(raw, false).response();
    }

    /** A pattern: the same syntax plus {@code <any>}, {@code ...} and {@code $Name}. */
    public static List<Value> pattern(String text) {
        return new WireTokens(text.getBytes(StandardCharsets.UTF_8), true).response();
    }

    /** Whether the values are a status response ({@code OK}/{@code NO}/...), whose text is dropped. */
    public static boolean isStatus(List<Value> values) {
        return !values.isEmpty() && values.get(0) instanceof Value.Atom a && STATUS.contains(a.upper());
    }

    /** The response kind: the first atom ({@code FLAGS}, {@code OK}) or the atom after a number ({@code EXISTS}). */
    public static String kind(List<Value> values) {
        if (values.isEmpty()) {
            return "";
        }
        Value first = values.get(0);
        if (first instanceof Value.Num && values.size() > 1 && values.get(1) instanceof Value.Atom a) {
            return a.upper();
        }
        return first instanceof Value.Atom a ? a.upper() : "";
    }

    /** The response code atom of a status response ({@code UIDVALIDITY}), or empty. */
    public static String code(List<Value> values) {
        if (isStatus(values) && values.size() > 1 && values.get(1) instanceof Value.ListV l && l.bracket()
                && !l.items().isEmpty() && l.items().get(0) instanceof Value.Atom a) {
            return a.upper();
        }
        return "";
    }

    private List<Value> response() {
        skipSpaces();
        if (pos < in.length && in[pos] == '*') {
            pos++;
        } else if (!pattern) {
            throw new IllegalArgumentException("not an untagged response: " + org.mailspec.text.Ascii.escape(in));
        }
        List<Value> out = new ArrayList<>();
        skipSpaces();
        boolean status = false;
        while (!atEnd()) {
            if (status && out.size() >= 1) {
                // after the status word: an optional [code], then text we never read
                if (out.size() == 1 && in[pos] == '[') {
                    pos++;
                    out.add(new Value.ListV(items(']'), true));
                    skipSpaces();
                    continue;
                }
                break;
            }
            out.add(value());
            if (out.size() == 1 && out.get(0) instanceof Value.Atom a && STATUS.contains(a.upper())) {
                status = true;
            }
            skipSpaces();
        }
        return out;
    }

    private boolean atEnd() {
        return pos >= in.length || in[pos] == '\r' || in[pos] == '\n';
    }

    private void skipSpaces() {
        while (pos < in.length && in[pos] == ' ') {
            pos++;
        }
    }

    private List<Value> items(char close) {
        List<Value> items = new ArrayList<>();
        skipSpaces();
        while (pos < in.length && in[pos] != close) {
            if (atEnd()) {
                throw new IllegalArgumentException("unclosed '" + (close == ')' ? '(' : '[') + "' in "
                        + org.mailspec.text.Ascii.escape(in));
            }
            items.add(value());
            skipSpaces();
        }
        if (pos >= in.length) {
            throw new IllegalArgumentException("unclosed list in " + org.mailspec.text.Ascii.escape(in));
        }
        pos++;
        return items;
    }

    private Value value() {
        byte b = in[pos];
        if (b == '(') {
            pos++;
            return new Value.ListV(items(')'), false);
        }
        if (b == '"') {
            return quoted();
        }
        if (b == '{' || (b == '~' && pos + 1 < in.length && in[pos + 1] == '{')) {
            return literal();
        }
        if (pattern && b == '<') {
            int end = indexOf('>', pos);
            if (end > 0) {
                String t = new String(in, pos, end + 1 - pos, StandardCharsets.UTF_8);
                if (t.equals("<any>")) {
                    pos = end + 1;
                    return new Value.Any();
                }
            }
        }
        return atom();
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < in.length; i++) {
            if (in[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private Value quoted() {
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (pos < in.length && in[pos] != '"') {
            if (in[pos] == '\\' && pos + 1 < in.length) {
                pos++;
            }
            out.write(in[pos++]);
        }
        pos++;
        return new Value.Str(out.toByteArray(), false);
    }

    private Value literal() {
        if (in[pos] == '~') {
            pos++;
        }
        int close = indexOf('}', pos);
        String count = new String(in, pos + 1, close - pos - 1, StandardCharsets.US_ASCII).replace("+", "");
        int n = Integer.parseInt(count);
        pos = close + 1;
        if (pos < in.length && in[pos] == '\r') {
            pos++;
        }
        if (pos < in.length && in[pos] == '\n') {
            pos++;
        }
        if (pos + n > in.length) {
            throw new IllegalArgumentException("literal of " + n + " octets runs past the response end");
        }
        byte[] data = java.util.Arrays.copyOfRange(in, pos, pos + n);
        pos += n;
        return new Value.Str(data, true);
    }

    private Value atom() {
        int start = pos;
        while (pos < in.length) {
            byte c = in[pos];
            if (c == ' ' || c == '(' || c == ')' || c == ']' || c == '\r' || c == '\n' || c == '"' || c == '{') {
                break;
            }
            if (c == '[') {
                // a section inside an atom (BODY[HEADER.FIELDS (A B)]) or a response code opener
                if (pos == start) {
                    break;
                }
                pos = skipBracket(pos);
                continue;
            }
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("unexpected '" + (char) in[pos] + "' at offset " + pos + " in "
                    + org.mailspec.text.Ascii.escape(in));
        }
        String t = new String(in, start, pos - start, StandardCharsets.UTF_8);
        if (t.equalsIgnoreCase("NIL")) {
            return new Value.Nil();
        }
        if (pattern && t.equals("...")) {
            return new Value.Rest();
        }
        if (pattern && t.startsWith("$") && t.length() > 1 && Character.isUpperCase(t.charAt(1))) {
            return new Value.MailboxRef(t.substring(1));
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() < 19) {
            return new Value.Num(Long.parseLong(t));
        }
        return new Value.Atom(t);
    }

    private int skipBracket(int open) {
        int depth = 0;
        for (int i = open; i < in.length; i++) {
            if (in[i] == '[') {
                depth++;
            } else if (in[i] == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("unclosed '[' in " + org.mailspec.text.Ascii.escape(in));
    }

    /** Normalises a FETCH item name for comparison: upper case, single spaces, header field lists sorted. */
    public static String itemName(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".PEEK", "");
        int open = n.indexOf('(');
        int close = n.indexOf(')');
        if (open > 0 && close > open) {
            String[] fields = n.substring(open + 1, close).trim().split(" ");
            java.util.Arrays.sort(fields);
            n = n.substring(0, open + 1) + String.join(" ", fields) + n.substring(close);
        }
        return n;
    }
}
