package org.mailspec.imap;

import org.mailspec.imap.parse.ImapResponseParser;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;

/**
 * What the client hands each framed response to. The production parser is
 * {@link ImapResponseParser}; tests may plug in another.
 */
public interface ImapFrameParser {

    Greeting parseGreeting(byte[] frame) throws ImapSyntaxException;

    Response parse(byte[] frame) throws ImapSyntaxException;

    static ImapFrameParser of(ImapResponseParser parser) {
        return new ImapFrameParser() {
            @Override
            public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
                return parser.parseGreeting(frame);
            }

            @Override
            public Response parse(byte[] frame) throws ImapSyntaxException {
                return parser.parse(frame);
            }
        };
    }
}
