package org.mailspec.imap.response;

/** {@code continue-req = "+" SP (resp-text / base64) CRLF}. */
public record ContinuationRequest(String text, byte[] raw) implements Response {
}
