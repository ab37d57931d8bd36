package org.mailspec.imap.steps;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.parse.Deviation;
import org.mailspec.imap.parse.ImapResponseParser;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.imap.parse.Parsed;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;

/**
 * Parses every response of a judged client against the RFC 9051 grammar and keeps each
 * deviation as a finding, instead of ending the command: the scenario first judges the rule
 * it is about, then fails on the grammar (RFC 9051 section 9) if nothing else failed. A frame
 * that cannot be read at all still throws.
 */
final class GrammarCheck implements ImapFrameParser {

    /** One response that breaks the grammar. */
    record Finding(String connection, byte[] frame, List<Deviation> deviations) {
    }

    private final ImapResponseParser parser = ImapResponseParser.strict();
    private final String connection;
    private final List<Finding> findings;

    GrammarCheck(String connection, List<Finding> findings) {
        this.connection = connection;
        this.findings = findings;
    }

    static List<Finding> newList() {
        return new CopyOnWriteArrayList<>();
    }

    @Override
    public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
        return (Greeting) keep(frame, parser.parseGreetingWithDeviations(frame));
    }

    @Override
    public Response parse(byte[] frame) throws ImapSyntaxException {
        return keep(frame, parser.parseWithDeviations(frame));
    }

    private Response keep(byte[] frame, Parsed parsed) {
        if (!parsed.isStrictlyValid()) {
            findings.add(new Finding(connection, frame.clone(), parsed.deviations()));
        }
        return parsed.response();
    }
}
