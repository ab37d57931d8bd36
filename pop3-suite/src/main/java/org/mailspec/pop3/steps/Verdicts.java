package org.mailspec.pop3.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.grammar.GrammarFindings;
import org.mailspec.text.Ascii;
import org.mailspec.wire.Deviation;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.Transcript;

/**
 * What the server did wrong in one scenario, and where: a broken rule as the {@link RuleViolation}
 * a step throws, with the reply it is about marked in the transcript; notes for the report; and,
 * after the scenario, the findings no step judged: grammar deviations core's parser recorded (for
 * the run's {@link GrammarFindings}), plaintext the server sent between its +OK to STLS and the TLS handshake, the {@link Finding}s
 * the sessions recorded, and lines that answered no command.
 */
public final class Verdicts {

    private final Sessions sessions;

    public Verdicts(Sessions sessions) {
        this.sessions = sessions;
    }

    /** A broken rule about one exchange: marks the reply in the transcript and says what came instead. */
    public RuleViolation violation(Client c, Exchange x, String rule, String expected) {
        mark(c, x, rule);
        return new RuleViolation(rule, expected, x.command() + " got " + x.shown(), c.connection());
    }

    /**
     * A broken rule about a part of one reply (a line of a long listing): marks the reply and says
     * what in it is wrong, instead of showing all of it.
     */
    public RuleViolation violation(Client c, Exchange x, String rule, String expected, String actual) {
        mark(c, x, rule);
        return new RuleViolation(rule, expected, x.command() + " got " + actual, c.connection());
    }

    /** A broken rule about something other than one reply (a close, two sessions' views). */
    public RuleViolation violation(Client c, String rule, String expected, String actual) {
        markLast(c, rule);
        return new RuleViolation(rule, expected, actual, c.connection());
    }

    /** A note in the transcript (e.g. which lock behaviour the server showed). */
    public void note(String text) {
        sessions.transcript().event("mailspec", text);
    }

    private void mark(Client c, Exchange x, String rule) {
        Optional<byte[]> raw = x.multi().map(MultiLineReply::raw).or(() -> x.first().map(Pop3Reply::raw));
        if (raw.isEmpty() || !sessions.transcript().markResponse(c.connection(), raw.get(), rule)) {
            markLast(c, rule);
        }
    }

    private void markLast(Client c, String rule) {
        Transcript transcript = sessions.transcript();
        List<Transcript.Entry> entries = transcript.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).connection().equals(c.connection())) {
                transcript.mark(entries.get(i), rule);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- after the scenario

    /** RFC 2595 section 4 (STLS), the sentence the plaintext finding and its step quote. */
    static final String TLS_BEGINS = "A TLS negotiation begins immediately after the CRLF at the end of the +OK "
            + "response from the server.";

    /**
     * Bytes the server sent after its +OK to STLS and before the TLS handshake, on this client's
     * connection: RFC 2595 section 4 leaves no room for them (they are the plaintext-injection
     * class: a reply placed there would be read as if it came under TLS). Empty when the session
     * did no STLS or sent nothing there.
     */
    public Optional<RuleViolation> plaintextBeforeTls(Client c) {
        Optional<TlsUpgrade> injected = c.tlsUpgrade().filter(TlsUpgrade::plaintextInjected);
        return injected.map(u -> {
            String rule = "the TLS handshake follows the +OK to STLS at once (RFC 2595 section 4: \"" + TLS_BEGINS + "\")";
            if (!sessions.transcript().markResponse(c.connection(), u.bufferedPlaintext(), rule)) {
                markLast(c, rule);
            }
            return new RuleViolation(rule, "nothing between \"+OK\" CRLF and the TLS handshake",
                    u.bufferedPlaintext().length + " octets of plaintext there: \"" + Ascii.escape(u.bufferedPlaintext())
                            + "\"", c.connection());
        });
    }

    /**
     * What fails a scenario whose steps all passed: plaintext before a TLS handshake, else the first
     * finding a session recorded, else the lines that answered no command. Empty when there is none
     * of these. Grammar deviations are not the scenario's: {@link #reportGrammar} hands them to the
     * run, which reports each distinct one once.
     */
    public Optional<RuleViolation> unjudged() {
        return sessions.clients().stream().map(this::plaintextBeforeTls).flatMap(Optional::stream).findFirst()
                .or(this::firstFinding)
                .or(() -> unsolicitedViolation(unsolicited()));
    }

    private Optional<RuleViolation> firstFinding() {
        for (Client c : sessions.clients()) {
            List<Finding> found = c.findings();
            if (!found.isEmpty()) {
                Finding f = found.get(0);
                return Optional.of(new RuleViolation(f.rule(), f.expected(), f.actual()
                        + (found.size() > 1 ? " (and " + (found.size() - 1) + " more on this connection)" : ""),
                        c.connection()));
            }
        }
        return Optional.empty();
    }

    /** Every grammar deviation core's clients recorded, in client order. */
    List<Deviation> deviations() {
        List<Deviation> out = new ArrayList<>();
        sessions.clients().forEach(c -> out.addAll(c.pop3().deviations()));
        return out;
    }

    /** Every line that answered no command, each with its connection. */
    List<String> unsolicited() {
        List<String> out = new ArrayList<>();
        sessions.clients().forEach(c -> c.unsolicited().forEach(u -> out.add(c.connection() + ": " + u)));
        return out;
    }

    /** One reply per command: a line that answers none fails the scenario. */
    static Optional<RuleViolation> unsolicitedViolation(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation("the server sends one reply per command (RFC 1939 section 3: \"The client "
                + "and POP3 server then exchange commands and responses\"; section 5: \"After each command, the POP3 "
                + "server issues a response\")", "nothing between a reply and the next command",
                String.join("; ", lines), lines.get(0).substring(0, lines.get(0).indexOf(':'))));
    }

    /**
     * Every reply is parsed against the POP3 grammar; each deviation goes to the run's findings, which
     * report every distinct one once (with how many replies and scenarios showed it), and is marked
     * in this scenario's transcript.
     *
     * @param where the scenario, as {@code pop3/stat.feature:12}
     */
    public void reportGrammar(GrammarFindings grammar, String where) {
        for (Deviation d : deviations()) {
            grammar.saw(d.rule(), d.description(), d.bytes(), d.connection(), where);
            sessions.transcript().markResponse(d.connection(), d.bytes(), "breaks the POP3 grammar (rule " + d.rule() + ")");
        }
    }
}
