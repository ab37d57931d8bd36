package org.mailspec.imap.response;

/** {@code response-tagged = tag SP resp-cond-state CRLF}: the completion of one command. */
public record TaggedResponse(String tag, Status status, ResponseText text, byte[] raw) implements Response {
}
