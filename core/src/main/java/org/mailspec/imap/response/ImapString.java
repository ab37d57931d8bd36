package org.mailspec.imap.response;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The value of an IMAP {@code string} (quoted or literal) or {@code literal8}, byte-exact: a
 * literal keeps its octets as they travelled, a quoted string its content with the {@code \"} and
 * {@code \\} escapes undone. Immutable; {@link #bytes()} returns a copy.
 */
public final class ImapString {

    /** How the value travelled. */
    public enum Form { QUOTED, LITERAL, LITERAL8 }

    private final byte[] data;
    private final int offset;
    private final int length;
    private final Form form;

    /** A view on {@code data[offset, offset+length)}; the caller must never modify {@code data} afterwards. */
    public ImapString(byte[] data, int offset, int length, Form form) {
        Objects.checkFromIndexSize(offset, length, data.length);
        this.data = data;
        this.offset = offset;
        this.length = length;
        this.form = Objects.requireNonNull(form, "form");
    }

    public static ImapString quoted(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return new ImapString(b, 0, b.length, Form.QUOTED);
    }

    public Form form() {
        return form;
    }

    public boolean isLiteral() {
        return form != Form.QUOTED;
    }

    public int length() {
        return length;
    }

    public byte byteAt(int i) {
        Objects.checkIndex(i, length);
        return data[offset + i];
    }

    /** A copy of the octets. */
    public byte[] bytes() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /** The octets decoded as UTF-8 (US-ASCII is a subset). */
    public String asString() {
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImapString s
                && Arrays.equals(data, offset, offset + length, s.data, s.offset, s.offset + s.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + data[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return asString();
    }
}
