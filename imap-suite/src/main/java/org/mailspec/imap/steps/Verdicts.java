package org.mailspec.imap.steps;

import java.util.List;
import java.util.Optional;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.imap.Received;
import org.mailspec.imap.parse.Deviation;
import org.mailspec.run.RuleViolation;
import org.mailspec.text.Ascii;
import org.mailspec.wire.Transcript;

/**
 * What one scenario's verdict is made of: the scenario's transcript, the rule violations the
 * assertion steps raise (each marking the response it judged), and the grammar findings of the
 * judged clients, gathered here so the scenario can judge its own rule first and the grammar
 * after it.
 */
public final class Verdicts {

    private static final String GRAMMAR_RULE = "RFC 9051 9 (formal syntax): every response follows the grammar; this one breaks ";
    private static final String GRAMMAR_EXPECTED = "a response in the RFC 9051 grammar";

    private final Transcript transcript = new Transcript();
    private final List<GrammarCheck.Finding> grammar = GrammarCheck.newList();

    public Verdicts() {
    }

    /** The scenario's transcript: every client, the setup session, and the marks of what was judged. */
    public Transcript transcript() {
        return transcript;
    }

    /** The parser for a judged client: strict, keeping each deviation here as a finding. */
    ImapFrameParser grammarCheck(String connection) {
        return new GrammarCheck(connection, grammar);
    }

    /** A rule the server broke, with the judged response (when there is one) marked in the transcript. */
    RuleViolation violation(String rule, String expected, String actual, String connection, Received judged) {
        if (judged != null && judged.entry().isPresent()) {
            transcript.mark(judged.entry().get(), rule);
        } else if (judged != null) {
            transcript.markResponse(judged.connection(), judged.raw(), rule);
        }
        return new RuleViolation(rule, expected, actual, connection);
    }

    /** The same, judged on a client's connection. */
    RuleViolation violation(String rule, String expected, String actual, Session s, Received judged) {
        return violation(rule, expected, actual, s.connection(), judged);
    }

    /** A response that broke the grammar where the harness could not go on (the setup session, a greeting). */
    RuleViolation syntax(ImapProtocolViolation v, String connection) {
        return new RuleViolation(GRAMMAR_RULE + v.syntax().rule() + " at offset " + v.syntax().offset(),
                GRAMMAR_EXPECTED, Ascii.escape(v.syntax().input()), connection);
    }

    /**
     * The scenario's grammar verdict: the first response of a judged client that broke the grammar,
     * marked in the transcript, with the count of the others; empty when every response kept it.
     */
    Optional<RuleViolation> grammarViolation() {
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        GrammarCheck.Finding f = grammar.get(0);
        transcript.markResponse(f.connection(), f.frame(), "breaks the RFC 9051 grammar");
        Deviation d = f.deviations().get(0);
        String more = grammar.size() > 1 ? " (and " + (grammar.size() - 1) + " more response(s))" : "";
        return Optional.of(new RuleViolation(GRAMMAR_RULE + d.rule() + " at offset " + d.offset() + ": " + d.message() + more,
                GRAMMAR_EXPECTED, Ascii.escape(f.frame()), f.connection()));
    }
}
