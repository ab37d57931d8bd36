package org.mailspec.report;

import java.util.Objects;

/**
 * The server's mailbox layout as the run discovered it: where the personal namespace starts and which
 * hierarchy delimiter it uses (RFC 9051 6.3.10, 5.1.1).
 *
 * @param personalPrefix the personal namespace's prefix, e.g. {@code INBOX.} or {@code ""}
 * @param delimiter      the hierarchy delimiter, e.g. {@code .} or {@code /}; null when the namespace
 *                       has none (NIL: a flat namespace)
 * @param source         how it was learnt: {@code NAMESPACE}, {@code LIST}, a setting, ...
 */
public record LayoutInfo(String personalPrefix, String delimiter, String source) {
    public LayoutInfo {
        personalPrefix = Objects.requireNonNullElse(personalPrefix, "");
        source = Objects.requireNonNullElse(source, "");
    }

    /** {@code prefix "INBOX." delimiter "." (NAMESPACE)}, for one-line displays. */
    public String describe() {
        return "prefix \"" + personalPrefix + "\" delimiter " + (delimiter == null ? "NIL" : "\"" + delimiter + "\"")
                + (source.isBlank() ? "" : " (" + source + ")");
    }
}
