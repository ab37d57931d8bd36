package org.mailspec.pop3.steps;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailspec.pop3.Pop3Capability;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.wire.CloseObservation;

/**
 * One named client of a scenario ({@code A}, {@code B}): its POP3 connection, the state its session
 * is in, every command it sent with what came back, and what it learnt: where the seeded messages
 * are in its session, the capabilities per state, the unique-ids it was given.
 */
public final class Client {

    private final String name;
    private final Pop3Client pop3;
    private SessionState state = SessionState.AUTHORIZATION;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> searched = new HashSet<>();
    private Integer highest;
    private final Map<SessionState, List<Pop3Capability>> capabilities = new EnumMap<>(SessionState.class);
    private final Map<String, String> uids = new HashMap<>();
    private Exchange authentication;
    private boolean inSasl;
    private boolean stlsAccepted;
    private boolean tls;
    private boolean endRequested;
    private CloseObservation close;
    private boolean outOfStep;
    private boolean closeAllowed;
    private final List<String> unsolicited = new ArrayList<>();

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

    /** The message-number of a seeded message in this session, if this session found it. */
    public Optional<Integer> number(String label) {
        return Optional.ofNullable(numbers.get(label));
    }

    void found(String label, int number) {
        numbers.put(label, number);
    }

    /** Whether this session looked for the seeded message (it entered TRANSACTION after it was seeded). */
    public boolean searched(String label) {
        return searched.contains(label);
    }

    void searched(Set<String> labels) {
        searched.addAll(labels);
    }

    public Optional<Integer> highest() {
        return Optional.ofNullable(highest);
    }

    void highest(int n) {
        highest = n;
    }

    public Optional<List<Pop3Capability>> capabilities(SessionState s) {
        return Optional.ofNullable(capabilities.get(s));
    }

    void capabilities(SessionState s, List<Pop3Capability> list) {
        capabilities.put(s, List.copyOf(list));
    }

    public Optional<String> uid(String label) {
        return Optional.ofNullable(uids.get(label));
    }

    void uid(String label, String uid) {
        uids.put(label, uid);
    }

    /** The last reply to PASS, APOP or the end of an AUTH exchange. */
    public Optional<Exchange> authentication() {
        return Optional.ofNullable(authentication);
    }

    void authentication(Exchange e) {
        authentication = e;
    }

    boolean inSasl() {
        return inSasl;
    }

    void inSasl(boolean v) {
        inSasl = v;
    }

    boolean stlsAccepted() {
        return stlsAccepted;
    }

    void stlsAccepted(boolean v) {
        stlsAccepted = v;
    }

    public boolean tls() {
        return tls;
    }

    void tls(boolean v) {
        tls = v;
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

    /** The scenario accepts that the server may have closed after its -ERR (RFC 1939 section 4). */
    boolean closeAllowed() {
        return closeAllowed;
    }

    void closeAllowed(boolean v) {
        closeAllowed = v;
    }
}
