package org.mailspec.imap.response;

import java.util.Objects;

/** RFC 7162 QRESYNC {@code "VANISHED" [SP "(EARLIER)"] SP known-uids}. */
public record Vanished(boolean earlier, SequenceSet uids, byte[] raw) implements UntaggedResponse {
    public Vanished {
        Objects.requireNonNull(uids, "uids");
    }
}
