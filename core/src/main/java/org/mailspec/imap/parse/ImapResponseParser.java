package org.mailspec.imap.parse;

import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;

/**
 * CONTRACT STUB, replaced by the strict parser. Parses one framed response: the line with its CRLF
 * and any literals it announces ({@code {n}CRLF} followed by n bytes, then the rest of the line).
 */
public final class ImapResponseParser {

    public enum Mode { STRICT, LENIENT }

    private final Mode mode;

    public ImapResponseParser(Mode mode) {
        this.mode = mode;
    }

    public static ImapResponseParser strict() {
        return new ImapResponseParser(Mode.STRICT);
    }

    public Mode mode() {
        return mode;
    }

    /** Parses the first response of a connection. */
    public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
        throw new UnsupportedOperationException("contract stub");
    }

    /** Parses any response after the greeting. */
    public Response parse(byte[] frame) throws ImapSyntaxException {
        throw new UnsupportedOperationException("contract stub");
    }
}
