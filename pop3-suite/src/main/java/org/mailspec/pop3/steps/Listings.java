package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Reply;

/**
 * The fixed formats RFC 1939 requires "in order to simplify parsing": drop listings (STAT), scan
 * listings (LIST) and unique-id listings (UIDL). Each parser is exact: one space, decimal numbers.
 */
final class Listings {

    /** {@code +OK nn mm}, then nothing or SP and free text (section 5, STAT). */
    private static final Pattern DROP = Pattern.compile("\\+OK ([0-9]+) ([0-9]+)(?: .*)?");
    /** A scan listing: message-number SP size, then nothing or SP and free text (section 5, LIST). */
    private static final Pattern SCAN = Pattern.compile("([0-9]+) ([0-9]+)(?: .*)?");
    /** A unique-id listing: message-number SP unique-id, 1 to 70 octets 0x21-0x7E, nothing after (section 7). */
    private static final Pattern UID = Pattern.compile("([0-9]+) ([\\x21-\\x7E]{1,70})");

    record Drop(long count, long octets) {
    }

    record Scan(int number, long octets) {
    }

    record Uid(int number, String uid) {
    }

    private Listings() {
    }

    static Optional<Drop> drop(Pop3Reply reply) {
        Matcher m = DROP.matcher(line(reply));
        return m.matches() ? Optional.of(new Drop(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    /** A positive single-line LIST reply: {@code +OK} SP scan listing. */
    static Optional<Scan> scan(Pop3Reply reply) {
        String l = line(reply);
        return l.startsWith("+OK ") ? scan(l.substring(4)) : Optional.empty();
    }

    static Optional<Scan> scan(String line) {
        Matcher m = SCAN.matcher(line);
        return m.matches() ? Optional.of(new Scan(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    static Optional<Uid> uid(Pop3Reply reply) {
        String l = line(reply);
        return l.startsWith("+OK ") ? uid(l.substring(4)) : Optional.empty();
    }

    static Optional<Uid> uid(String line) {
        Matcher m = UID.matcher(line);
        return m.matches() ? Optional.of(new Uid(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** Every data line of a multi-line LIST, or the first line that is not a scan listing. */
    static Parsed<Scan> scans(MultiLineReply reply) {
        return all(reply, Listings::scan);
    }

    static Parsed<Uid> uids(MultiLineReply reply) {
        return all(reply, Listings::uid);
    }

    /** The parsed lines, or the first line that does not parse. */
    record Parsed<T>(List<T> items, Optional<String> bad) {
    }

    private static <T> Parsed<T> all(MultiLineReply reply, java.util.function.Function<String, Optional<T>> parse) {
        List<T> out = new ArrayList<>();
        for (byte[] b : reply.lines()) {
            String line = new String(b, StandardCharsets.ISO_8859_1);
            Optional<T> t = parse.apply(line);
            if (t.isEmpty()) {
                return new Parsed<>(out, Optional.of(line));
            }
            out.add(t.get());
        }
        return new Parsed<>(out, Optional.empty());
    }

    /** The reply line without its CRLF, octets as ISO-8859-1 characters. */
    private static String line(Pop3Reply reply) {
        byte[] raw = reply.raw();
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }
}
