package org.mailspec.imap.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds response frames for tests, and reads the RFC example corpus. */
final class Frames {
    private Frames() {
    }

    /** The line with CRLF appended; {@link #lit} parts carry their own CRLFs. */
    static byte[] frame(String... parts) {
        return (String.join("", parts) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Exactly these bytes, no CRLF appended. */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code {n}CRLF} and the content, n being its UTF-8 length. */
    static String lit(String content) {
        return "{" + content.getBytes(StandardCharsets.UTF_8).length + "}\r\n" + content;
    }

    /** One example of the corpus. */
    record Example(String id, Kind kind, byte[] frame) {
        enum Kind { RESPONSE, GREETING, REJECTED }

        @Override
        public String toString() {
            String first = new String(frame, StandardCharsets.UTF_8);
            int eol = first.indexOf("\r\n");
            first = first.substring(0, eol);
            return id + (kind == Kind.REJECTED ? " (rejected) " : " ") + (first.length() > 90 ? first.substring(0, 90) + "…" : first);
        }
    }

    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d+)}$");

    /** The examples of {@code rfc-examples.txt}, each id numbered within its section ("rfc3501-6.1.1#2"). */
    static List<Example> corpus(String resource) {
        List<String> lines;
        try (InputStream in = Frames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String section = null;
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("== ")) {
                section = line.substring(3).trim();
                n = 0;
                continue;
            }
            Example.Kind kind = Example.Kind.RESPONSE;
            if (line.startsWith("@")) {
                kind = Example.Kind.GREETING;
                line = line.substring(1);
            } else if (line.startsWith("~")) {
                kind = Example.Kind.REJECTED;
                line = line.substring(1);
            }
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            Matcher m = LITERAL_AT_END.matcher(line);
            while (m.find()) {
                int want = Integer.parseInt(m.group(1));
                int got = 0;
                while (got < want) {
                    byte[] l = (lines.get(++i) + "\r\n").getBytes(StandardCharsets.UTF_8);
                    frame.writeBytes(l);
                    got += l.length;
                }
                if (got != want) {
                    throw new IllegalStateException("literal of " + want + " in " + section + " has " + got + " octets");
                }
                line = lines.get(++i);
                frame.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                m = LITERAL_AT_END.matcher(line);
            }
            out.add(new Example(section + "#" + (++n), kind, frame.toByteArray()));
        }
        return out;
    }
}
