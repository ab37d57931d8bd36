package org.mailspec.imap.steps.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.mailspec.imap.response.MailboxName;

/**
 * Expands the placeholders of STEPS.md in a command string into what travels: text, and
 * literals the client sends after the server's "+" (or at once for {@code {n+}}). The expansion
 * also says which mailbox the command's first argument names (an alias it expanded, or INBOX),
 * so the harness knows what a SELECT or DELETE it built is about without reading it back.
 */
public final class CommandTemplate {

    /** What a command is made of on the wire. */
    public sealed interface Segment {
    }

    /** Command text, sent as is. */
    public record Text(String text) implements Segment {
    }

    /** A literal: {@code {n}} or {@code {n+}} CRLF then the octets. */
    public record Literal(byte[] octets, boolean nonSynchronizing) implements Segment {
        public Literal {
            octets = octets.clone();
        }

        @Override
        public byte[] octets() {
            return octets.clone();
        }
    }

    /**
     * A command as it travels, and the mailbox (its Unicode name) that the first argument names:
     * an alias, or {@code INBOX} written as an atom or quoted string in any case; empty otherwise.
     */
    public record Expansion(List<Segment> segments, Optional<String> mailbox) {
        public Expansion {
            segments = List.copyOf(segments);
        }
    }

    /** What the scenario knows that placeholders stand for. */
    public interface Placeholders {
        /** The Unicode mailbox name of a declared alias, or empty when the word is not one. */
        Optional<String> alias(String name);

        boolean utf8Accepted();

        String delimiter();

        /** 1 for the first account, 2 for the second: {user, password}. */
        String[] account(int which);

        String wrongPassword();

        byte[] fixture(String name);

        long uid(int sequenceNumber);
    }

    private CommandTemplate() {
    }

    public static Expansion expand(String command, Placeholders p) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Optional<String> mailbox = Optional.empty();
        boolean inQuotes = false;
        int argument = 0;
        boolean betweenArguments = false;
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            boolean firstArgument = false;
            if (!inQuotes && c == ' ') {
                betweenArguments = true;
            } else if (betweenArguments) {
                betweenArguments = false;
                argument++;
                firstArgument = argument == 1;
            }
            if (firstArgument) {
                mailbox = firstMailbox(command, i, p);
            }
            if (c == '"' && (i == 0 || command.charAt(i - 1) != '\\')) {
                inQuotes = !inQuotes;
                text.append(c);
                i++;
            } else if (c == '$' && i + 1 < command.length() && Character.isLetter(command.charAt(i + 1))) {
                int end = wordEnd(command, i + 1);
                Optional<String> alias = p.alias(command.substring(i + 1, end));
                if (alias.isPresent()) {
                    String wire = wire(alias.get(), p);
                    text.append(inQuotes ? escape(wire) : quote(wire));
                } else {
                    text.append(command, i, end);
                }
                i = end;
            } else if (c == '<') {
                int close = matchingClose(command, i);
                if (close < 0) {
                    text.append(c);
                    i++;
                    continue;
                }
                String body = command.substring(i + 1, close);
                Segment literal = placeholder(body, inQuotes, text, p);
                if (literal != null) {
                    out.add(new Text(text.toString()));
                    text.setLength(0);
                    out.add(literal);
                }
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        out.add(new Text(text.toString()));
        out.removeIf(s -> s instanceof Text t && t.text().isEmpty());
        return new Expansion(out, mailbox);
    }

    /** The mailbox the argument starting at {@code at} names: {@code $Alias}, {@code <atom:$Alias>}, {@code <literal:$Alias>}, or INBOX. */
    private static Optional<String> firstMailbox(String command, int at, Placeholders p) {
        int end = at;
        while (end < command.length() && command.charAt(end) != ' ') {
            end++;
        }
        String word = command.substring(at, end);
        for (String opener : List.of("<atom:", "<literal:", "<literal+:")) {
            if (word.startsWith(opener) && word.endsWith(">")) {
                word = word.substring(opener.length(), word.length() - 1);
            }
        }
        if (word.startsWith("$")) {
            return p.alias(word.substring(1));
        }
        String unquoted = word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")
                ? word.substring(1, word.length() - 1) : word;
        return unquoted.equalsIgnoreCase("INBOX") ? Optional.of("INBOX") : Optional.empty();
    }

    /** An alias's name as this client writes it: modified UTF-7, or UTF-8 once UTF8=ACCEPT is enabled. */
    private static String wire(String unicode, Placeholders p) {
        return MailboxName.encode(unicode, p.utf8Accepted()).name();
    }

    private static Segment placeholder(String body, boolean inQuotes, StringBuilder text, Placeholders p) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String arg = colon < 0 ? "" : body.substring(colon + 1);
        switch (name) {
            case "delim":
                text.append(inQuotes ? escape(p.delimiter()) : quote(p.delimiter()));
                return null;
            case "user":
            case "password":
            case "user2":
            case "password2": {
                String[] account = p.account(name.endsWith("2") ? 2 : 1);
                String v = name.startsWith("user") ? account[0] : account[1];
                text.append(inQuotes ? v : quote(v));
                return null;
            }
            case "wrong-password":
                text.append(inQuotes ? p.wrongPassword() : quote(p.wrongPassword()));
                return null;
            case "sasl-plain":
            case "sasl-plain-wrong": {
                String[] a = p.account(1);
                String pw = name.equals("sasl-plain") ? a[1] : p.wrongPassword();
                text.append(Base64.getEncoder().encodeToString(
                        ("\0" + a[0] + "\0" + pw).getBytes(StandardCharsets.UTF_8)));
                return null;
            }
            case "uid":
                text.append(p.uid(Integer.parseInt(arg.trim())));
                return null;
            case "atom":
                text.append(bare(arg, p));
                return null;
            case "literal":
            case "literal+":
                return new Literal(bare(arg, p).replace("\\r\\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                        name.endsWith("+"));
            case "message":
            case "message+":
                return new Literal(p.fixture(arg.trim()), name.endsWith("+"));
            default:
                text.append('<').append(body).append('>');
                return null;
        }
    }

    /** Placeholders expanded without quoting, for the inside of literals and atoms. */
    private static String bare(String s, Placeholders p) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int end = wordEnd(s, i + 1);
                Optional<String> alias = p.alias(s.substring(i + 1, end));
                out.append(alias.map(a -> wire(a, p)).orElse(s.substring(i, end)));
                i = end;
            } else if (c == '<') {
                int close = matchingClose(s, i);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String body = s.substring(i + 1, close);
                switch (body) {
                    case "user" -> out.append(p.account(1)[0]);
                    case "password" -> out.append(p.account(1)[1]);
                    case "user2" -> out.append(p.account(2)[0]);
                    case "password2" -> out.append(p.account(2)[1]);
                    case "delim" -> out.append(p.delimiter());
                    default -> out.append('<').append(body).append('>');
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '<') {
                depth++;
            } else if (s.charAt(i) == '>') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String quote(String v) {
        return "\"" + escape(v) + "\"";
    }

    /** The quoted-specials of a quoted string escaped. */
    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
