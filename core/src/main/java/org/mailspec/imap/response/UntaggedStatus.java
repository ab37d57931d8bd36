package org.mailspec.imap.response;

/** {@code "*" SP (resp-cond-state / resp-cond-bye)}: an untagged OK, NO, BAD or BYE. */
public record UntaggedStatus(Status status, ResponseText text, byte[] raw) implements UntaggedResponse {
}
