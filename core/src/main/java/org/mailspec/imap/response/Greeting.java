package org.mailspec.imap.response;

/** {@code greeting = "*" SP (resp-cond-auth / resp-cond-bye) CRLF}: OK, PREAUTH or BYE. */
public record Greeting(Status status, ResponseText text, byte[] raw) implements Response {
}
