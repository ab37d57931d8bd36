package org.mailspec.imap.response;

/** {@code number SP "EXISTS"}: the number of messages in the mailbox. */
public record Exists(long count, byte[] raw) implements UntaggedResponse {
}
