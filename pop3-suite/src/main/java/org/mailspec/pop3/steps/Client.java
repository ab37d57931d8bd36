package org.mailspec.pop3.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.text.Ascii;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.WireException;

/**
 * One named client of a scenario ({@code A}, {@code B}): its POP3 connection, the state its session
 * is in, every command it sent with what came back, and what the session learnt from the typed
 * replies: the capabilities per state, the end of an authentication, the TLS upgrade, the
 * message-numbers marked as deleted, the lines that answered no command and the other findings no
 * step judges. What it found in the maildrop is {@link Maildrop}'s.
 */
public final class Client {

    private final String name;
    private final Pop3Client pop3;
    private SessionState state = SessionState.AUTHORIZATION;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<SessionState, Pop3Capabilities> capabilities = new EnumMap<>(SessionState.class);
    private final SaslExchange sasl = new SaslExchange();
    private Exchange authentication;
    private boolean stlsAccepted;
    private TlsUpgrade tlsUpgrade;
    private boolean tls;
    private boolean endRequested;
    private CloseObservation close;
    private boolean outOfStep;
    private boolean closeAllowed;
    private final List<String> unsolicited = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Integer> markedDeleted = new TreeSet<>();

    Client(String name, Pop3Client pop3, boolean tls) {
        this.name = name;
        this.pop3 = pop3;
        this.tls = tls;
    }

    public String name() {
        return name;
    }

    public Pop3Client pop3() {
        return pop3;
    }

    /** The connection's name in the transcript and in violations. */
    public String connection() {
        return pop3.name();
    }

    public SessionState state() {
        return state;
    }

    void state(SessionState s) {
        state = s;
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    void add(Exchange e) {
        exchanges.add(e);
    }

    /** The last command this scenario sent on this client. */
    public Exchange last() {
        if (exchanges.isEmpty()) {
            throw new IllegalStateException("client " + name + " has sent no command yet");
        }
        return exchanges.get(exchanges.size() - 1);
    }

    /** The last command with this keyword; {@code argument} true/false picks with or without an argument. */
    public Optional<Exchange> last(String verb, Optional<Boolean> argument) {
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            Exchange e = exchanges.get(i);
            if (e.verb().equals(verb) && argument.map(a -> a == e.hasArgument()).orElse(true)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The capabilities a complete +OK to CAPA announced in that session state. */
    public Optional<Pop3Capabilities> capabilities(SessionState s) {
        return Optional.ofNullable(capabilities.get(s));
    }

    void capabilities(SessionState s, Pop3Capabilities announced) {
        capabilities.put(s, announced);
    }

    /** The last reply to PASS, APOP or the end of an AUTH exchange. */
    public Optional<Exchange> authentication() {
        return Optional.ofNullable(authentication);
    }

    void authentication(Exchange e) {
        authentication = e;
    }

    SaslExchange sasl() {
        return sasl;
    }

    /** STLS was answered +OK and the handshake is still to be done. */
    boolean stlsAccepted() {
        return stlsAccepted;
    }

    void stlsAccepted(boolean v) {
        stlsAccepted = v;
    }

    /**
     * The TLS upgrade after a +OK to STLS, with the bytes the server sent before the handshake
     * ({@link TlsUpgrade#bufferedPlaintext()}); empty when this session did no STLS.
     */
    public Optional<TlsUpgrade> tlsUpgrade() {
        return Optional.ofNullable(tlsUpgrade);
    }

    void upgraded(TlsUpgrade upgrade) {
        tlsUpgrade = upgrade;
        stlsAccepted = false;
        tls = true;
    }

    public boolean tls() {
        return tls;
    }

    /** QUIT was sent or the connection dropped: the server should close, releasing any lock. */
    boolean endRequested() {
        return endRequested;
    }

    void endRequested(boolean v) {
        endRequested = v;
    }

    Optional<CloseObservation> close() {
        return Optional.ofNullable(close);
    }

    void close(CloseObservation o) {
        close = o;
    }

    /** A reply did not arrive in time: what comes next on this connection cannot be told apart. */
    boolean outOfStep() {
        return outOfStep;
    }

    void outOfStep(boolean v) {
        outOfStep = v;
    }

    /** Lines the server sent that answer no command (after the reply to the command named with each). */
    public List<String> unsolicited() {
        return List.copyOf(unsolicited);
    }

    void unsolicited(String line) {
        unsolicited.add(line);
    }

    /**
     * Bytes already received before the next command answer no command (RFC 1939 section 3: a
     * response after each command). They are read off, so that the next reply is the next command's,
     * and remembered for {@link Verdicts}; a line that never ends is remembered with what came of it.
     * Only what has arrived can be seen here.
     */
    void drainUnsolicited(Duration timeout) {
        drainUnsolicited(timeout, exchanges.isEmpty() ? "the greeting" : "the reply to " + last().command());
    }

    /** {@link #drainUnsolicited(Duration)} after a reply the scenario did not send for (the clean-up's). */
    void drainUnsolicited(Duration timeout, String after) {
        while (!outOfStep && pop3.connection().hasBufferedInput()) {
            try {
                byte[] line = pop3.readLine(timeout);
                unsolicited("after " + after + ": \"" + Ascii.escape(line) + "\"");
                pop3.connection().event("the line above answers no command: it came after " + after);
            } catch (ReadTimeoutException e) {
                unsolicited("after " + after + ": \"" + Ascii.escape(e.received()) + "\" (no CRLF within "
                        + e.timeout().toMillis() / 1000.0 + " s)");
                outOfStep = true;
            } catch (WireException e) {
                unsolicited("after " + after + ": a line that could not be read (" + e.getMessage() + ")");
                outOfStep = true;
            }
        }
    }

    /** What the server did wrong outside any step (see {@link Finding}). */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    void finding(Finding f) {
        findings.add(f);
        pop3.connection().event("finding: " + f.rule() + "; got " + f.actual());
    }

    /**
     * The message-numbers this session marked as deleted: DELE answered +OK, until RSET answered +OK
     * unmarks them (RFC 1939 section 5).
     */
    public Set<Integer> markedDeleted() {
        return Set.copyOf(markedDeleted);
    }

    void markDeleted(int number) {
        markedDeleted.add(number);
    }

    void unmarkAll() {
        markedDeleted.clear();
    }

    /** The scenario accepts that the server may have closed after its -ERR (RFC 1939 section 4). */
    boolean closeAllowed() {
        return closeAllowed;
    }

    void closeAllowed(boolean v) {
        closeAllowed = v;
    }
}
