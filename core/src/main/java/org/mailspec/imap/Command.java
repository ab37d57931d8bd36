package org.mailspec.imap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One IMAP command without its tag: a name and arguments, each sent after one SP.
 *
 * <pre>{@code Command.of("LOGIN").string(user).string(password)}
 * {@code Command.of("APPEND").atom("INBOX").raw("(\\Seen)").literal(message)}</pre>
 *
 * Strings become an atom, a quoted string (with {@code \} and {@code "} escaped) or a literal,
 * whichever the characters allow. A literal's declared size must match its bytes.
 */
public final class Command {

    /** One argument as it goes on the wire. */
    public sealed interface Part permits Text, Literal {
    }

    /** Characters sent verbatim (an atom, a quoted string, a list, a sequence set...). */
    public record Text(String text) implements Part {
        public Text {
            if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("CR or LF in command text: use a literal");
            }
        }
    }

    /**
     * {@code literal = "{" number64 ["+"] "}" CRLF *CHAR8}, or with {@code binary} the
     * {@code literal8 = "~{" number64 "}" CRLF *OCTET} of RFC 3516.
     *
     * @param size the declared octet count: the writer refuses bytes that do not match it
     */
    public record Literal(int size, byte[] data, LiteralMode mode, boolean binary) implements Part {
        public Literal {
            Objects.requireNonNull(mode, "mode");
            if (data.length != size) {
                throw new IllegalArgumentException("literal declares " + size + " octets but holds " + data.length);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    private final String name;
    private final List<Part> parts;

    private Command(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    /** A command with no arguments yet; the name must be an atom. */
    public static Command of(String name) {
        requireAtom(name);
        return new Command(name, List.of());
    }

    /** A whole command line after the tag, sent verbatim ({@code "SELECT INBOX"}). */
    public static Command line(String text) {
        String trimmed = text.strip();
        int sp = trimmed.indexOf(' ');
        String name = sp < 0 ? trimmed : trimmed.substring(0, sp);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty command line");
        }
        List<Part> parts = sp < 0 ? List.of() : List.of(new Text(trimmed.substring(sp + 1)));
        return new Command(name, parts);
    }

    private Command with(Part p) {
        List<Part> l = new ArrayList<>(parts);
        l.add(p);
        return new Command(name, l);
    }

    /** An atom argument; throws if a character is not an ATOM-CHAR. */
    public Command atom(String atom) {
        requireAtom(atom);
        return with(new Text(atom));
    }

    /** Verbatim text (a parenthesised list, a sequence set, {@code BODY[]}...). */
    public Command raw(String text) {
        return with(new Text(text));
    }

    /** A quoted string; throws for CR, LF or NUL, which only a literal can carry. */
    public Command quoted(String s) {
        return with(new Text(quote(s)));
    }

    /** An astring: atom if it can be, else quoted if it can be, else a literal (mode AUTO). */
    public Command string(String s) {
        if (isAtom(s, true)) {
            return with(new Text(s));
        }
        if (canQuote(s)) {
            return with(new Text(quote(s)));
        }
        return literal(s.getBytes(StandardCharsets.UTF_8));
    }

    public Command literal(byte[] data) {
        return literal(data, LiteralMode.AUTO);
    }

    public Command literal(byte[] data, LiteralMode mode) {
        return with(new Literal(data.length, data, mode, false));
    }

    /** A literal whose declared size is given separately: refused unless it matches the bytes. */
    public Command literal(int declaredSize, byte[] data, LiteralMode mode) {
        return with(new Literal(declaredSize, data, mode, false));
    }

    /** {@code ~{n}}: a binary literal (RFC 3516), synchronizing unless mode says otherwise. */
    public Command literal8(byte[] data, LiteralMode mode) {
        return with(new Literal(data.length, data, mode, true));
    }

    public String name() {
        return name;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The command as people read it: literals as {@code {n}}, LOGIN's password and SASL responses as {@code ***}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        String upper = name.toUpperCase(Locale.ROOT);
        for (int i = 0; i < parts.size(); i++) {
            sb.append(' ');
            boolean secret = (upper.equals("LOGIN") && i == 1) || (upper.equals("AUTHENTICATE") && i == 1);
            Part p = parts.get(i);
            if (secret) {
                sb.append("***");
            } else if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Literal l) {
                sb.append(l.binary() ? "~{" : "{").append(l.size()).append('}');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    static String quote(String s) {
        if (!canQuote(s)) {
            throw new IllegalArgumentException("CR, LF or NUL cannot be quoted: use a literal");
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static boolean canQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == 0 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAtom(String s, boolean astring) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(astring ? Tag.isAstringChar(c) : Tag.isAtomChar(c))) {
                return false;
            }
        }
        return true;
    }

    private static void requireAtom(String s) {
        if (!isAtom(s, false)) {
            throw new IllegalArgumentException("not an atom: \"" + s + "\"");
        }
    }
}
