package org.mailspec.imap.response;

import java.util.List;

/** {@code "FLAGS" SP flag-list}: the flags defined in the mailbox. */
public record FlagsData(List<Flag> flags, byte[] raw) implements UntaggedResponse {
    public FlagsData {
        flags = List.copyOf(flags);
    }
}
