package org.mailspec.imap.steps.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the octets a BODY[section] must return out of a fixture message, by the part rules of
 * RFC 9051 6.4.5 ("Every message has at least one part number. Non-[MIME-IMB] messages, and
 * non-multipart [MIME-IMB] messages with no encapsulated message, only have a part 1.").
 * Enough MIME for the fixture corpus: headers, multipart boundaries, message/rfc822.
 */
public final class MimeSections {

    private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};
    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);

    private MimeSections() {
    }

    /** An entity: its header (with the blank line that ends it) and its body. */
    record Entity(byte[] header, byte[] body) {
        String contentType() {
            String h = new String(header, StandardCharsets.ISO_8859_1).replaceAll("\r\n[ \t]+", " ");
            for (String line : h.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Type")) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "text/plain";
        }

        boolean multipart() {
            return contentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        boolean message() {
            return contentType().toLowerCase(Locale.ROOT).startsWith("message/rfc822");
        }

        byte[] whole() {
            return concat(header, body);
        }
    }

    /** The octets of {@code section} ("", "HEADER", "TEXT", "1", "2.1", "2.HEADER", "2.MIME", "2.HEADER.FIELDS (SUBJECT)"). */
    public static byte[] section(byte[] message, String section) {
        String s = section.trim().toUpperCase(Locale.ROOT);
        Entity msg = parse(message);
        if (s.isEmpty()) {
            return message.clone();
        }
        List<String> parts = new ArrayList<>();
        String rest = s;
        while (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            int dot = rest.indexOf('.');
            parts.add(dot < 0 ? rest : rest.substring(0, dot));
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        // each number addresses a part of the entity before it (or of the message it encapsulates)
        Entity part = null;
        for (String number : parts) {
            int n = Integer.parseInt(number);
            Entity container = part == null ? msg : (part.message() ? parse(part.body()) : part);
            if (container.multipart()) {
                List<Entity> children = children(container);
                if (n < 1 || n > children.size()) {
                    throw new IllegalArgumentException("no part " + n + " in section " + section);
                }
                part = children.get(n - 1);
            } else if (n == 1) {
                part = new Entity(container.header(), container.body());
            } else {
                throw new IllegalArgumentException("a non-multipart entity has only part 1, not " + n);
            }
        }
        if (rest.isEmpty()) {
            return part == null ? message.clone() : part.body();
        }
        Entity target = part == null ? msg : (part.message() ? parse(part.body()) : part);
        if (rest.equals("MIME")) {
            if (part == null) {
                throw new IllegalArgumentException("MIME needs a part number");
            }
            return part.header();
        }
        if (rest.equals("HEADER")) {
            return target.header();
        }
        if (rest.equals("TEXT")) {
            return target.body();
        }
        if (rest.startsWith("HEADER.FIELDS")) {
            boolean not = rest.startsWith("HEADER.FIELDS.NOT");
            String list = rest.substring(rest.indexOf('(') + 1, rest.lastIndexOf(')'));
            List<String> names = Arrays.asList(list.trim().split("\\s+"));
            return fields(target.header(), names, not);
        }
        throw new IllegalArgumentException("unknown section text " + rest);
    }

    static Entity parse(byte[] octets) {
        if (octets.length >= 2 && octets[0] == '\r' && octets[1] == '\n') {
            return new Entity(new byte[] {'\r', '\n'}, Arrays.copyOfRange(octets, 2, octets.length));
        }
        int end = indexOf(octets, CRLFCRLF, 0);
        if (end < 0) {
            return new Entity(octets.clone(), new byte[0]);
        }
        return new Entity(Arrays.copyOfRange(octets, 0, end + 4), Arrays.copyOfRange(octets, end + 4, octets.length));
    }

    static List<Entity> children(Entity multipart) {
        Matcher m = BOUNDARY.matcher(multipart.contentType());
        if (!m.find()) {
            throw new IllegalArgumentException("multipart without boundary: " + multipart.contentType());
        }
        String boundary = m.group(2) != null ? m.group(2) : m.group(3);
        byte[] body = multipart.body();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while ((i = indexOf(body, delimiter, i)) >= 0) {
            if (i == 0 || (i >= 2 && body[i - 2] == '\r' && body[i - 1] == '\n')) {
                starts.add(i);
            }
            i += delimiter.length;
        }
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k + 1 < starts.size(); k++) {
            int from = indexOf(body, new byte[] {'\r', '\n'}, starts.get(k)) + 2;
            int to = starts.get(k + 1) - 2;
            out.add(parse(Arrays.copyOfRange(body, from, Math.max(from, to))));
        }
        return out;
    }

    private static byte[] fields(byte[] header, List<String> names, boolean not) {
        String h = new String(header, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] lines = h.split("\r\n", -1);
        StringBuilder field = null;
        List<String> all = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && field != null) {
                field.append("\r\n").append(line);
            } else {
                if (field != null) {
                    all.add(field.toString());
                }
                field = line.isEmpty() ? null : new StringBuilder(line);
            }
        }
        if (field != null) {
            all.add(field.toString());
        }
        for (String f : all) {
            int colon = f.indexOf(':');
            String name = colon > 0 ? f.substring(0, colon).trim() : f;
            boolean listed = names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
            if (listed != not) {
                out.writeBytes((f + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        return out.toByteArray();
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
