package org.mailspec.wire;

import org.mailspec.text.Ascii;

/**
 * A rule the server broke that the client recorded instead of throwing: a completion with an
 * unknown tag, a lone LF, or, in LENIENT mode, any syntax violation. Steps assert on these.
 *
 * @param connection the connection's name
 * @param rule the grammar rule or requirement, e.g. {@code tag} or {@code CRLF}
 * @param description what was expected and what arrived
 * @param bytes the offending bytes as received
 * @param offset where in {@code bytes} the problem is (0 when it is the whole unit)
 * @param sequence the arrival sequence number of the response it concerns (0 if none)
 */
public record Deviation(String connection, String rule, String description, byte[] bytes, int offset, long sequence) {

    @Override
    public String toString() {
        return connection + ": " + description + " [rule " + rule + ", offset " + offset + "]: \""
                + Ascii.around(bytes, offset, 60) + "\"";
    }
}
