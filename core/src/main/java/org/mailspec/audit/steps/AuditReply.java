package org.mailspec.audit.steps;

import org.mailspec.text.Ascii;

/**
 * A server answer as the shared steps judge it, whatever the protocol: whether it accepted or
 * refused, its status as the protocol writes it, and its bytes.
 *
 * @param outcome    accepted (IMAP OK, POP3 +OK), refused (NO or BAD, -ERR), or neither (a BYE, a continuation)
 * @param status     the status as the protocol writes it: {@code OK}, {@code NO}, {@code BYE}, {@code +OK}, {@code -ERR}
 * @param normal     the answer without what changes from one command to the next (IMAP's tag), to compare two answers
 * @param raw        the bytes as they arrived
 * @param connection the connection they arrived on, to mark them in the transcript
 */
public record AuditReply(Outcome outcome, String status, String normal, byte[] raw, String connection) {

    public enum Outcome { ACCEPTED, REFUSED, OTHER }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    public boolean refused() {
        return outcome == Outcome.REFUSED;
    }

    /** The bytes, escaped, without the line end. */
    public String escaped() {
        return Ascii.escape(raw).strip();
    }
}
