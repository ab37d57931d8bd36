package org.mailspec.imap.response;

/** {@code number SP "RECENT"} (RFC 3501): the number of messages with \Recent. */
public record Recent(long count, byte[] raw) implements UntaggedResponse {
}
