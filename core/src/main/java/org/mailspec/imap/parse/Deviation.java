package org.mailspec.imap.parse;

import java.util.Objects;

/**
 * One departure from the RFC 9051 / RFC 3501 grammar that the lenient parser tolerated: the ABNF
 * production path where it happened, the byte offset in the frame, and what was wrong (with the
 * offending bytes escaped). A strict parse raises the first one as an {@link ImapSyntaxException}.
 */
public record Deviation(String rule, int offset, String message) {
    public Deviation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
