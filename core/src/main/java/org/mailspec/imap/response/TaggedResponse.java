package org.mailspec.imap.response;

/** {@code response-tagged = tag SP resp-cond-state CRLF}: the completion of one command (OK, NO or BAD). */
public record TaggedResponse(String tag, Status status, ResponseText text, byte[] raw) implements Response {

    public boolean isOk() {
        return status == Status.OK;
    }
}
