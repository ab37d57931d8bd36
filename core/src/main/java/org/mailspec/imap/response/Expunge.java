package org.mailspec.imap.response;

/** {@code nz-number SP "EXPUNGE"}: that message sequence number was removed. */
public record Expunge(long seq, byte[] raw) implements UntaggedResponse {
}
