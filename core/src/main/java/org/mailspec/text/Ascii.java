package org.mailspec.text;

import java.nio.charset.StandardCharsets;

/** Shows protocol bytes to people: printable ASCII as is, everything else escaped. */
public final class Ascii {
    private Ascii() {
    }

    /**
     * {@code s} with only its ASCII letters and digits: how a run id ({@code 20261207T202923-a1b2}) goes
     * into a mailbox or user name that any server accepts, and how it is found there again.
     */
    public static String lettersAndDigits(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "");
    }

    /** {@code \r}, {@code \n}, {@code \t}, {@code \\}, and {@code \xNN} for every other non-printable byte. */
    public static String escape(byte[] bytes) {
        return escape(bytes, 0, bytes.length);
    }

    public static String escape(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from) + 8);
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        sb.append((char) b);
                    } else {
                        sb.append(String.format("\\x%02X", b));
                    }
                }
            }
        }
        return sb.toString();
    }

    public static String escape(String s) {
        return escape(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A window of at most {@code radius} bytes either side of {@code offset}, escaped, with the offset marked by {@code ⟨here⟩}. */
    public static String around(byte[] bytes, int offset, int radius) {
        int from = Math.max(0, offset - radius);
        int to = Math.min(bytes.length, offset + radius);
        int at = Math.min(Math.max(offset, from), to);
        return (from > 0 ? "…" : "") + escape(bytes, from, at) + "⟨here⟩" + escape(bytes, at, to)
                + (to < bytes.length ? "…" : "");
    }
}
