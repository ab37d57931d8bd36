package org.mailspec.imap.steps;

import java.util.List;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.imap.Received;
import org.mailspec.imap.parse.Deviation;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.run.HarnessError;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.grammar.GrammarFindings;
import org.mailspec.text.Ascii;
import org.mailspec.wire.Transcript;

/**
 * What one scenario's verdict is made of: the scenario's transcript, the rule violations the
 * assertion steps raise (each marking the response it judged), and the grammar findings of the
 * judged clients, gathered here and handed after the scenario to the run's grammar findings.
 */
public final class Verdicts {

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

    /**
     * A response the parser could not read at all, so the harness cannot go on: the scenario ends in
     * ERROR (it was not judged), and the response is one of the run's grammar findings like any other.
     */
    HarnessError syntax(ImapProtocolViolation v, String connection) {
        ImapSyntaxException x = v.syntax();
        grammar.add(new GrammarCheck.Finding(connection, x.input(), List.of(new Deviation(x.rule(), x.offset(), x.getMessage()))));
        return new HarnessError("could not judge: a response on " + connection + " cannot be read (RFC 9051 9 grammar, "
                + x.rule() + " at offset " + x.offset() + "; reported as the run's grammar finding): " + Ascii.escape(x.input()));
    }

    /**
     * Hands every response of the judged clients that broke the grammar to the run's findings, which
     * report each distinct deviation once as its own verdict ({@code imap/grammar/<production>/<name>},
     * with counts and examples), and marks each in this scenario's transcript. The scenario is judged
     * on its own rule only (DESIGN: not a failure of every scenario that met it).
     *
     * @param where the scenario, as {@code imap/select.feature:12}
     */
    void reportGrammar(GrammarFindings run, String where) {
        for (GrammarCheck.Finding f : grammar) {
            Deviation d = f.deviations().get(0);
            run.saw(d.rule(), d.message(), f.frame(), f.connection(), where);
            transcript.markResponse(f.connection(), f.frame(), "breaks the RFC 9051 grammar (" + d.rule() + " at offset "
                    + d.offset() + ": " + d.message() + "); reported once for the run as its own verdict");
        }
    }

    /** The responses of the judged clients that broke the grammar so far, in the order they came. */
    List<GrammarCheck.Finding> grammarFindings() {
        return List.copyOf(grammar);
    }
}
