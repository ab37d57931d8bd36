package org.mailspec.pop3;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A multi-line reply (RFC 1939 section 3): the first line, then data lines, then {@code "." CRLF}.
 *
 * @param lines the data lines dot-unstuffed, without line endings
 * @param content the unstuffed data: each line followed by CRLF (what LIST's size counts)
 * @param raw every byte as received, first line and terminator included
 */
public record MultiLineReply(Pop3Reply first, List<byte[]> lines, byte[] content, byte[] raw) {

    public MultiLineReply {
        lines = List.copyOf(lines);
    }

    /** The octets of the data section as on the wire (stuffed), between the first line and the terminator. */
    public int wireOctets() {
        return raw.length - first.raw().length - terminatorLength();
    }

    /** The octets of {@link #content()}: the unstuffed data, each line ending in CRLF. */
    public int contentOctets() {
        return content.length;
    }

    /** Whether the reply ended with the {@code "." CRLF} (or {@code "." LF}) terminator. */
    public boolean terminated() {
        return terminatorLength() > 0;
    }

    /** The data lines as text (UTF-8). */
    public List<String> textLines() {
        return lines.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private int terminatorLength() {
        int f = first.raw().length;
        int n = raw.length;
        if (n - f >= 3 && raw[n - 3] == '.' && raw[n - 2] == '\r' && raw[n - 1] == '\n' && (n - 3 == f || raw[n - 4] == '\n')) {
            return 3;
        }
        if (n - f >= 2 && raw[n - 2] == '.' && raw[n - 1] == '\n' && (n - 2 == f || raw[n - 3] == '\n')) {
            return 2;
        }
        return 0;
    }
}
