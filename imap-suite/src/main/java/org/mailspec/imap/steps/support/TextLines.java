package org.mailspec.imap.steps.support;

/**
 * How many text lines a body has (RFC 9051 7.5.2, body-fld-lines): one per CRLF. A body whose last
 * line has no CRLF (a part's body ends before the CRLF that belongs to the next boundary, RFC 2046
 * 5.1.1) holds one more, partial, line, and the RFC does not say whether it counts: both counts are
 * accepted there.
 *
 * @param complete lines ended by CRLF
 * @param partial  whether octets follow the last CRLF
 */
public record TextLines(long complete, boolean partial) {

    public static TextLines of(byte[] body) {
        long n = 0;
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                n++;
                i++;
            }
        }
        boolean partial = body.length > 0 && !(body.length >= 2 && body[body.length - 2] == '\r' && body[body.length - 1] == '\n');
        return new TextLines(n, partial);
    }

    /** Whether a server's count is one the RFC allows for this body. */
    public boolean accepts(long lines) {
        return lines == complete || (partial && lines == complete + 1);
    }

    @Override
    public String toString() {
        return partial ? complete + " or " + (complete + 1) + " lines (the last has no CRLF)" : complete + " lines";
    }
}
