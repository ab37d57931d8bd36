package org.mailspec.delivery;

import java.util.List;
import java.util.Objects;

/**
 * One SMTP/LMTP reply (RFC 5321 section 4.2): a three-digit reply code and its text lines, as
 * {@code Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF}.
 *
 * @param code  the reply code, e.g. 250
 * @param lines the text of each line, without code, separator and CRLF
 * @param raw   the bytes as received
 */
public record SmtpReply(int code, List<String> lines, byte[] raw) {
    public SmtpReply {
        lines = List.copyOf(lines);
        Objects.requireNonNull(raw, "raw");
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** 2yz: the command was accepted (RFC 5321 4.2.1 "Positive Completion reply"). */
    public boolean positive() {
        return code >= 200 && code < 300;
    }

    /** 3yz: the server waits for more (354 after DATA). */
    public boolean intermediate() {
        return code >= 300 && code < 400;
    }

    /** 5yz: refused for good (RFC 5321 4.2.1 "Permanent Negative Completion reply"). */
    public boolean permanentFailure() {
        return code >= 500 && code < 600;
    }

    /** The first line, e.g. {@code 250 2.1.5 OK}. */
    public String firstLine() {
        return code + (lines.isEmpty() ? "" : " " + lines.get(0));
    }
}
