package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailspec.run.SuiteContext;
import org.mailspec.fixture.TestMessage;
import org.mailspec.pop3.Apop;
import org.mailspec.pop3.MultiLineReply;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.pop3.Pop3Capability;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3ProtocolViolation;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.Skip;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * The state one POP3 scenario shares between its step classes (picocontainer makes a fresh one per
 * scenario): the named clients, the messages the scenario seeded, and the one transcript every
 * connection writes to. Steps never touch sockets; they call this world, which uses core's
 * {@link Pop3Client}.
 *
 * <p>Clients parse replies LENIENTLY: a grammar violation is recorded (and reported by the
 * {@code After} hook when no assertion judged the scenario failed) instead of ending the exchange,
 * so that each assertion can judge the rule it is about.
 */
public final class Pop3World {

    /** Placeholders in wire text: {@code $user}, {@code $m1}, {@code $beyond-last}, ... */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z][a-z0-9-]*)");
    private static final Pattern SCAN_LINE = Pattern.compile("(\\d+) (\\d+)(?: .*)?");
    private static final Map<String, ServerCapabilities> CAPABILITIES = new ConcurrentHashMap<>();

    private final Supplier<Pop3Setup> setupSource;
    private Pop3Setup setup;
    private final Transcript transcript = new Transcript();
    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, Seeded> seeded = new LinkedHashMap<>();
    private int fixtureCounter;

    /** For Cucumber: the setup comes from the suite's context, read when a step first needs it. */
    public Pop3World(SuiteContext context) {
        this(() -> SuiteSetup.from(context));
    }

    private Pop3World(Supplier<Pop3Setup> setupSource) {
        this.setupSource = setupSource;
    }

    /** A world on an explicit setup (unit tests against a scripted server). */
    static Pop3World of(Pop3Setup setup) {
        return new Pop3World(() -> setup);
    }

    public Pop3Setup setup() {
        if (setup == null) {
            setup = setupSource.get();
        }
        return setup;
    }

    public Transcript transcript() {
        return transcript;
    }

    public Duration timeout() {
        return setup().options().timeout();
    }

    // ---------------------------------------------------------------- clients

    public enum Route {
        /** As the target is configured: plain, STLS first, or implicit TLS. */
        CONFIGURED,
        /** The POP3 port without STLS. */
        PLAIN,
        /** The implicit-TLS POP3S port. */
        POP3S
    }

    public Client client(String name) {
        Client c = clients.get(name);
        if (c == null) {
            throw new IllegalStateException("client " + name + " is not connected: the scenario needs \"Given client "
                    + name + " is connected\" first");
        }
        return c;
    }

    public List<Client> clients() {
        return List.copyOf(clients.values());
    }

    /** Opens client {@code name} and reads its greeting; the session is in the AUTHORIZATION state. */
    public Client connect(String name, Route route) {
        if (clients.containsKey(name)) {
            throw new IllegalStateException("client " + name + " is already connected");
        }
        Pop3Setup s = setup();
        Endpoint endpoint = switch (route) {
            case CONFIGURED -> s.pop3();
            case PLAIN -> {
                if (s.pop3().tls() == TlsMode.IMPLICIT) {
                    throw Skip.because("the target's POP3 port speaks implicit TLS; there is no plain POP3 port");
                }
                yield s.pop3().plain();
            }
            case POP3S -> s.pop3s().orElseThrow(() -> Skip.because("the target has no POP3S (implicit TLS) port"));
        };
        ClientOptions options = s.options().withTranscript(transcript).withParserMode(ParserMode.LENIENT)
                .withName(name);
        Pop3Client pop3;
        try {
            pop3 = Pop3Client.connect(endpoint, options);
        } catch (WireException e) {
            throw new IllegalStateException("client " + name + " could not connect: " + e.getMessage(), e);
        }
        Client c = new Client(name, pop3, endpoint.tls() == TlsMode.IMPLICIT);
        clients.put(name, c);
        if (route == Route.CONFIGURED && endpoint.tls() == TlsMode.STARTTLS) {
            Exchange x = send(c, "STLS");
            if (!x.status(Pop3Status.OK)) {
                throw new IllegalStateException("client " + name + ": the target is configured for STLS, but STLS got "
                        + x.shown());
            }
            negotiateTls(c);
        }
        return c;
    }

    /** The TLS handshake after a +OK to STLS. */
    public void negotiateTls(Client c) {
        if (!c.stlsAccepted()) {
            throw new IllegalStateException("client " + c.name() + " has no +OK to STLS to negotiate TLS after");
        }
        try {
            var upgrade = c.pop3().connection().startTls();
            if (upgrade.plaintextInjected()) {
                c.pop3().connection().event("bytes the server sent after its +OK to STLS and before the handshake: "
                        + upgrade.bufferedPlaintext().length + " (not read as POP3)");
            }
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": TLS negotiation failed: " + e.getMessage(), e);
        }
        c.stlsAccepted(false);
        c.tls(true);
    }

    /**
     * Authenticates as the first account with what the server offers: USER/PASS when CAPA announces
     * USER or is not implemented, else AUTH PLAIN when SASL lists PLAIN. Returns the final exchange,
     * not judged.
     */
    public Exchange authenticate(Client c) {
        awaitEndedSessions(c);
        ServerCapabilities caps = capabilities();
        var a = setup().account();
        if (!caps.implemented() || caps.announces("USER")) {
            Exchange user = send(c, "USER " + a.user());
            if (!user.status(Pop3Status.OK)) {
                c.authentication(user);
                return user;
            }
            return send(c, "PASS " + a.password());
        }
        if (caps.announces("SASL=PLAIN")) {
            return send(c, "AUTH PLAIN " + saslPlain(a.user(), a.password()));
        }
        throw new IllegalStateException("the server announces neither USER nor SASL PLAIN: no way to log in "
                + "that the harness knows");
    }

    /** {@code client X is in the TRANSACTION state}: connected as configured and authenticated with +OK. */
    public Client inTransaction(String name) {
        Client c = connect(name, Route.CONFIGURED);
        Exchange x = authenticate(c);
        if (c.state() != SessionState.TRANSACTION) {
            throw new IllegalStateException("client " + name + " could not log in as " + setup().account().user()
                    + ": " + x.command() + " got " + x.shown());
        }
        return c;
    }

    /**
     * Before a login: waits until the server has closed every client of this scenario that sent QUIT
     * or dropped, so that a lock it held is released (RFC 1939 section 6).
     */
    private void awaitEndedSessions(Client except) {
        for (Client o : clients.values()) {
            if (o != except && o.endRequested() && o.close().isEmpty()) {
                o.close(o.pop3().awaitClose(timeout()));
            }
        }
    }

    /** Ends the session without QUIT: the socket is closed. */
    public void drop(Client c) {
        c.pop3().close();
        c.endRequested(true);
        c.close(new CloseObservation(CloseObservation.Outcome.CLOSED, new byte[0], Duration.ZERO));
        c.state(SessionState.ENDED);
    }

    /** Waits for the server to close this client's connection (after QUIT), once. */
    public CloseObservation awaitClose(Client c) {
        if (c.close().isEmpty()) {
            c.close(c.pop3().awaitClose(timeout()));
        }
        return c.close().get();
    }

    // ---------------------------------------------------------------- commands

    /** Sends one command line (placeholders already expanded) and records what came back. */
    public Exchange send(Client c, String line) {
        if (c.outOfStep()) {
            throw new IllegalStateException("client " + c.name() + " is out of step: an earlier reply never completed, "
                    + "so the reply to \"" + mask(line, c.inSasl()) + "\" could not be told apart");
        }
        if (c.state() == SessionState.ENDED && c.close().isPresent()) {
            throw new IllegalStateException("client " + c.name() + " has no connection left to send \""
                    + mask(line, c.inSasl()) + "\" on");
        }
        drainUnsolicited(c);
        String verb = verb(line);
        boolean sasl = c.inSasl() || verb.equals("AUTH");
        SessionState before = c.state();
        Outcome outcome;
        try {
            if (sasl) {
                c.pop3().sendRaw(line + "\r\n");
                outcome = new Outcome.Single(c.pop3().readReply(timeout()));
            } else if (multiLine(verb, line)) {
                outcome = new Outcome.Multi(c.pop3().multiLine(line));
            } else {
                outcome = new Outcome.Single(c.pop3().command(line));
            }
        } catch (ReadTimeoutException e) {
            c.outOfStep(true);
            outcome = new Outcome.TimedOut(e);
        } catch (ConnectionClosedException e) {
            c.state(SessionState.ENDED);
            c.close(new CloseObservation(e.reset() ? CloseObservation.Outcome.RESET : CloseObservation.Outcome.CLOSED,
                    e.received(), Duration.ZERO));
            outcome = new Outcome.Closed(e);
        } catch (Pop3ProtocolViolation e) {
            c.outOfStep(true);
            outcome = new Outcome.Unreadable(e);
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": " + e.getMessage(), e);
        }
        Exchange x = new Exchange(mask(line, c.inSasl()), before, outcome);
        c.add(x);
        boolean closeAllowed = c.closeAllowed();
        c.closeAllowed(false);
        if (outcome instanceof Outcome.Closed && closeAllowed) {
            throw Skip.because("the server closed client " + c.name() + "'s connection after its -ERR, as RFC 1939 "
                    + "section 4 allows (\"After returning a negative status indicator, the server may close the "
                    + "connection\"), so the rest cannot be judged");
        }
        afterReply(c, x, sasl, verb);
        return x;
    }

    /**
     * Bytes already received before the next command answer no command (RFC 1939 section 3: a
     * response after each command). They are read off, so that the next reply is the next command's,
     * and remembered for the After hook. Only what arrived with the previous reply can be seen here.
     */
    private void drainUnsolicited(Client c) {
        while (c.pop3().connection().hasBufferedInput()) {
            String after = c.exchanges().isEmpty() ? "the greeting" : "the reply to " + c.last().command();
            try {
                byte[] line = c.pop3().readLine(timeout());
                c.unsolicited("after " + after + ": \"" + org.mailspec.text.Ascii.escape(line) + "\"");
                c.pop3().connection().event("the line above answers no command: it came after " + after);
            } catch (WireException e) {
                c.outOfStep(true);
                return;
            }
        }
    }

    private void afterReply(Client c, Exchange x, boolean sasl, String verb) {
        Optional<Pop3Reply> r = x.first();
        boolean ok = x.status(Pop3Status.OK);
        boolean authorization = x.before() == SessionState.AUTHORIZATION;
        if (sasl) {
            c.inSasl(x.status(Pop3Status.CONTINUE));
            if (!c.inSasl() && r.isPresent() && authorization) {
                c.authentication(x);
                if (ok) {
                    enterTransaction(c);
                }
            }
            return;
        }
        switch (verb) {
            case "PASS", "APOP" -> {
                if (r.isPresent() && authorization) {
                    c.authentication(x);
                    if (ok) {
                        enterTransaction(c);
                    }
                }
            }
            case "QUIT" -> {
                c.endRequested(true);
                if (ok) {
                    c.state(SessionState.ENDED);
                }
            }
            case "STLS" -> c.stlsAccepted(ok);
            case "CAPA" -> x.multi().filter(m -> x.positiveAndComplete())
                    .ifPresent(m -> c.capabilities(x.before(), Pop3Capabilities.of(m).capabilities()));
            case "UIDL" -> rememberUids(c, x);
            default -> {
            }
        }
    }

    /**
     * Remembers the unique-ids a UIDL reply gave the seeded messages, whether or not a step judges the
     * reply: a later step compares them across sessions. Lines that do not parse are left to the steps.
     */
    private void rememberUids(Client c, Exchange x) {
        List<Listings.Uid> uids = new ArrayList<>();
        if (x.multi().isPresent()) {
            if (x.positiveAndComplete()) {
                uids.addAll(Listings.uids(x.multi().get()).items());
            }
        } else {
            x.first().filter(Pop3Reply::ok).flatMap(Listings::uid).ifPresent(uids::add);
        }
        for (Listings.Uid u : uids) {
            for (String label : seeded.keySet()) {
                if (c.number(label).equals(Optional.of(u.number()))) {
                    c.uid(label, u.uid());
                }
            }
        }
    }

    /** The reply to these is multi-line when positive (RFC 1939 sections 5 and 7, RFC 2449 section 5). */
    static boolean multiLine(String verb, String line) {
        boolean argument = line.trim().indexOf(' ') > 0;
        return switch (verb) {
            case "CAPA", "RETR", "TOP" -> true;
            case "LIST", "UIDL" -> !argument;
            default -> false;
        };
    }

    static String verb(String line) {
        String t = line.trim();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
    }

    /** The line as it may be shown: passwords, digests and SASL responses masked. */
    static String mask(String line, boolean inSasl) {
        if (inSasl) {
            return line.equals("*") ? "*" : "***";
        }
        String[] w = line.split(" ", -1);
        String verb = w[0].toUpperCase(Locale.ROOT);
        if (verb.equals("PASS") && w.length > 1) {
            return w[0] + " ***";
        }
        if ((verb.equals("APOP") || verb.equals("AUTH")) && w.length > 2) {
            return w[0] + " " + w[1] + " ***";
        }
        return line;
    }

    // ---------------------------------------------------------------- seeded messages

    /** Seeds a fresh message of the fixture into the first account's INBOX under the scenario's name for it. */
    public Seeded seed(String label, String fixture) {
        if (seeded.containsKey(label)) {
            throw new IllegalStateException("the scenario already seeded a message named " + label);
        }
        TestMessage m = Corpus.message(fixture, setup().runId(), ++fixtureCounter);
        try {
            setup().maildrop().seed(m);
        } catch (Exception e) {
            throw new IllegalStateException("could not seed message " + label + " (fixture " + fixture + "): "
                    + e.getMessage(), e);
        }
        Seeded s = new Seeded(label, fixture, m);
        seeded.put(label, s);
        return s;
    }

    public Seeded seeded(String label) {
        Seeded s = seeded.get(label);
        if (s == null) {
            throw new IllegalStateException("the scenario seeded no message named " + label);
        }
        return s;
    }

    public List<Seeded> seeded() {
        return List.copyOf(seeded.values());
    }

    /** The message-number of a seeded message in the client's session; an error when it has none. */
    public int number(Client c, String label) {
        seeded(label);
        if (!c.searched(label)) {
            throw new IllegalStateException("client " + c.name() + " did not look for message " + label
                    + ": it was seeded after the session entered the TRANSACTION state, or the session never did");
        }
        return c.number(label).orElseThrow(() -> new IllegalStateException(
                "message " + label + " is not in the maildrop of client " + c.name()));
    }

    /** The seeded message's number in the session, empty when the session did not find it (it is not there). */
    public Optional<Integer> numberIfPresent(Client c, String label) {
        seeded(label);
        if (!c.searched(label)) {
            throw new IllegalStateException("client " + c.name() + " did not look for message " + label
                    + ": it was seeded after the session entered the TRANSACTION state, or the session never did");
        }
        return c.number(label);
    }

    private void enterTransaction(Client c) {
        c.state(SessionState.TRANSACTION);
        if (!seeded.isEmpty()) {
            findSeeded(c);
        }
    }

    /**
     * Finds each seeded message's number in this session (RFC 1939 section 4: numbers are assigned
     * when the maildrop is opened): LIST, then the headers of the messages whose size could be a
     * seeded one (TOP n 0, or RETR n when TOP is refused), matched by Message-ID.
     */
    private void findSeeded(Client c) {
        Set<String> labels = new LinkedHashSet<>(seeded.keySet());
        c.searched(labels);
        Pop3Client p = c.pop3();
        p.connection().event("mailspec probe: LIST and headers, to find the scenario's seeded messages");
        Map<Integer, Long> listing = probeListing(c);
        c.highest(listing.keySet().stream().max(Integer::compare).orElse(0));
        Set<Long> sizes = new java.util.HashSet<>();
        labels.forEach(l -> sizes.add((long) seeded.get(l).message().size()));
        List<Integer> order = new ArrayList<>(listing.keySet());
        order.sort(Comparator.<Integer, Boolean>comparing(n -> !sizes.contains(listing.get(n)))
                .thenComparing(Comparator.reverseOrder()));
        boolean top = true;
        for (int n : order) {
            if (labels.isEmpty()) {
                break;
            }
            List<String> headers;
            try {
                MultiLineReply r = top ? p.multiLine("TOP " + n + " 0") : null;
                if (r == null || !r.first().ok()) {
                    top = false;
                    r = p.multiLine("RETR " + n);
                }
                headers = r.first().ok() ? r.textLines() : List.of();
            } catch (WireException e) {
                throw new IllegalStateException("client " + c.name() + ": finding the seeded messages failed: "
                        + e.getMessage(), e);
            }
            String id = messageId(headers);
            for (var it = labels.iterator(); it.hasNext(); ) {
                String l = it.next();
                if (seeded.get(l).message().messageId().equals(id)) {
                    c.found(l, n);
                    it.remove();
                }
            }
        }
        StringBuilder sb = new StringBuilder("mailspec probe: done;");
        seeded.keySet().forEach(l -> sb.append(' ').append(l).append('=')
                .append(c.number(l).map(String::valueOf).orElse("absent")));
        p.connection().event(sb.toString());
    }

    private Map<Integer, Long> probeListing(Client c) {
        MultiLineReply list;
        try {
            list = c.pop3().multiLine("LIST");
        } catch (WireException e) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, failed: "
                    + e.getMessage(), e);
        }
        if (!list.first().ok()) {
            throw new IllegalStateException("client " + c.name() + ": LIST, to find the seeded messages, got "
                    + list.first());
        }
        Map<Integer, Long> out = new LinkedHashMap<>();
        for (String line : list.textLines()) {
            Matcher m = SCAN_LINE.matcher(line);
            if (m.matches()) {
                out.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
            }
        }
        return out;
    }

    private static String messageId(List<String> lines) {
        for (String l : lines) {
            if (l.isEmpty()) {
                break;
            }
            if (l.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return l.substring(11).trim();
            }
        }
        return "";
    }

    private int highest(Client c) {
        if (c.highest().isEmpty()) {
            c.pop3().connection().event("mailspec probe: LIST, for the highest message-number");
            c.highest(probeListing(c).keySet().stream().max(Integer::compare).orElse(0));
        }
        return c.highest().get();
    }

    // ---------------------------------------------------------------- placeholders

    /** Expands {@code $user}, {@code $m1}, ... for the client that will send the line (STEPS.md). */
    public String expand(Client c, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(c, m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String value(Client c, String name) {
        var a = setup().account();
        return switch (name) {
            case "user" -> a.user();
            case "password" -> a.password();
            case "wrong-password" -> wrongPassword();
            case "unknown-user" -> "mailspec-nobody-" + setup().runId();
            case "beyond-last" -> String.valueOf(highest(c) + 1);
            case "sasl-plain" -> saslPlain(a.user(), a.password());
            case "sasl-plain-wrong" -> saslPlain(a.user(), wrongPassword());
            case "apop-digest" -> Apop.digest(timestamp(c), a.password());
            case "apop-wrong-digest" -> Apop.digest(timestamp(c), wrongPassword());
            default -> {
                if (!seeded.containsKey(name)) {
                    throw new IllegalArgumentException("unknown placeholder $" + name + ": neither a seeded message nor "
                            + "one of $user, $password, $wrong-password, $unknown-user, $beyond-last, $sasl-plain, "
                            + "$sasl-plain-wrong, $apop-digest, $apop-wrong-digest");
                }
                yield String.valueOf(number(c, name));
            }
        };
    }

    private String wrongPassword() {
        return setup().account().password() + "-not";
    }

    private static String timestamp(Client c) {
        return c.pop3().apopTimestamp().orElseThrow(() -> new IllegalStateException(
                "client " + c.name() + "'s greeting has no <timestamp> for APOP: " + c.pop3().greeting()));
    }

    static String saslPlain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- capabilities

    /** What CAPA announces, probed once per run and target (a separate connection, not in the transcript). */
    public ServerCapabilities capabilities() {
        Pop3Setup s = setup();
        return CAPABILITIES.computeIfAbsent(s.target() + " " + s.pop3(), k -> probeCapabilities(s));
    }

    private static ServerCapabilities probeCapabilities(Pop3Setup s) {
        ClientOptions options = s.options().withTranscript(new Transcript()).withParserMode(ParserMode.LENIENT);
        Optional<List<Pop3Capability>> connected;
        Optional<List<Pop3Capability>> plain = Optional.empty();
        try (Pop3Client p = Pop3Client.connect(s.pop3(), options)) {
            if (s.pop3().tls() == TlsMode.STARTTLS) {
                Pop3Capabilities before = p.capa();
                plain = before.reply().first().ok() ? Optional.of(before.capabilities()) : Optional.empty();
                if (!p.stls().reply().ok()) {
                    throw new IllegalStateException("the target is configured for STLS, but STLS was refused");
                }
            }
            Pop3Capabilities caps = p.capa();
            connected = caps.reply().first().ok() ? Optional.of(caps.capabilities()) : Optional.empty();
            if (s.pop3().tls() == TlsMode.NONE) {
                plain = connected;
            }
            p.quit();
        } catch (WireException e) {
            throw new IllegalStateException("reading the server's capabilities failed: " + e.getMessage(), e);
        }
        return new ServerCapabilities(connected, plain);
    }

    /** For tests: forget the capabilities probed for this world's target. */
    void forgetCapabilities() {
        Pop3Setup s = setup();
        CAPABILITIES.remove(s.target() + " " + s.pop3());
    }

    // ---------------------------------------------------------------- verdicts

    /** A broken rule about one exchange: marks the reply in the transcript and says what came instead. */
    public RuleViolation violation(Client c, Exchange x, String rule, String expected) {
        mark(c, x, rule);
        return new RuleViolation(rule, expected, x.command() + " got " + x.shown(), c.connection());
    }

    /** A broken rule about something other than one reply (a close, two sessions' views). */
    public RuleViolation violation(Client c, String rule, String expected, String actual) {
        markLast(c, rule);
        return new RuleViolation(rule, expected, actual, c.connection());
    }

    private void mark(Client c, Exchange x, String rule) {
        Optional<byte[]> raw = x.multi().map(MultiLineReply::raw).or(() -> x.first().map(Pop3Reply::raw));
        if (raw.isEmpty() || !transcript.markResponse(c.connection(), raw.get(), rule)) {
            markLast(c, rule);
        }
    }

    private void markLast(Client c, String rule) {
        List<Transcript.Entry> entries = transcript.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).connection().equals(c.connection())) {
                transcript.mark(entries.get(i), rule);
                return;
            }
        }
    }

    /** A note in the transcript (e.g. which lock behaviour the server showed). */
    public void note(String text) {
        transcript.event("mailspec", text);
    }

    // ---------------------------------------------------------------- after the scenario

    /**
     * Every grammar violation the clients recorded, for the After hook: a scenario whose assertions
     * passed still fails when a reply broke the POP3 grammar.
     */
    public List<String> unsolicited() {
        List<String> out = new ArrayList<>();
        clients.values().forEach(c -> c.unsolicited().forEach(u -> out.add(c.connection() + ": " + u)));
        return out;
    }

    public List<org.mailspec.wire.Deviation> deviations() {
        List<org.mailspec.wire.Deviation> out = new ArrayList<>();
        clients.values().forEach(c -> out.addAll(c.pop3().deviations()));
        return out;
    }

    /**
     * Leaves the server as the scenario found it: clients still in a session send RSET (nothing the
     * scenario marked is removed) and QUIT; every connection is closed; the seeded messages are
     * removed. Problems here are noted in the transcript, not thrown.
     */
    public void cleanUp() {
        for (Client c : clients.values()) {
            try {
                if (c.state() != SessionState.ENDED && !c.outOfStep() && !c.inSasl()) {
                    if (c.state() == SessionState.TRANSACTION) {
                        c.pop3().command("RSET");
                    }
                    c.pop3().quit();
                }
            } catch (WireException | RuntimeException e) {
                note("clean-up of client " + c.name() + ": " + e.getMessage());
            } finally {
                c.pop3().close();
            }
        }
        if (!seeded.isEmpty()) {
            setup().maildrop().cleanUp().forEach(p -> note("clean-up: " + p));
        }
    }
}
