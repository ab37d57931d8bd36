package org.mailspec.wire;

import org.mailspec.settings.Endpoint;
import org.mailspec.text.Ascii;

/** A line grew past the reader's limit without a line feed; the bytes stay unread. */
public final class LineTooLongException extends WireException {
    private final int limit;

    public LineTooLongException(String connection, Endpoint endpoint, String awaited, int limit, byte[] head) {
        super(connection, endpoint, awaited, "a line longer than " + limit + " bytes without LF while awaiting "
                + awaited + "; it starts: \"" + Ascii.escape(head) + "\"", null);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
