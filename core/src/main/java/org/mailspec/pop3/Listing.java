package org.mailspec.pop3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data lines of a multi-line LIST or UIDL reply, each parsed as a listing (RFC 1939 sections 5
 * and 7), up to the first line that is not one.
 *
 * @param entries   the listings, in the server's order, before the first malformed line
 * @param malformed the first data line that is not a listing (octets as ISO-8859-1 characters)
 */
public record Listing<T>(List<T> entries, Optional<String> malformed) {

    public Listing {
        entries = List.copyOf(entries);
    }

    public boolean wellFormed() {
        return malformed.isEmpty();
    }

    static <T> Listing<T> parse(MultiLineReply reply, Function<String, Optional<T>> parser) {
        List<T> out = new ArrayList<>();
        for (byte[] b : reply.lines()) {
            String line = new String(b, StandardCharsets.ISO_8859_1);
            Optional<T> t = parser.apply(line);
            if (t.isEmpty()) {
                return new Listing<>(out, Optional.of(line));
            }
            out.add(t.get());
        }
        return new Listing<>(out, Optional.empty());
    }

    /**
     * The listing in {@code text} when the whole of it matches {@code format}; a number too large
     * for its type is no listing the harness can read (empty), not an exception.
     */
    static <T> Optional<T> match(Pattern format, String text, Function<Matcher, T> make) {
        Matcher m = format.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.apply(m));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** The reply line without its line ending, octets as ISO-8859-1 characters. */
    static String line(Pop3Reply reply) {
        byte[] raw = reply.raw();
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** The positive single-line reply's text after {@code "+OK" SP}, exactly one space. */
    static Optional<String> afterOk(Pop3Reply reply) {
        String l = line(reply);
        return l.startsWith("+OK ") ? Optional.of(l.substring(4)) : Optional.empty();
    }
}
