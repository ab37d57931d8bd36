package org.mailspec.imap;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.imap.parse.ImapResponseParser;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.Connection;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.Deadline;
import org.mailspec.wire.Deviation;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsSession;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.Transcript;
import org.mailspec.wire.WireException;

/**
 * An IMAP client for conformance tests: it frames each response (line plus literals), hands it to
 * the strict parser, and keeps every response with its arrival number. Commands can be pipelined:
 * {@link #send} returns at once, {@link #await} collects responses until that command's tagged
 * completion, matched by tag. It never skips, repairs or invents a response: what the server
 * sent that breaks a rule is either thrown ({@link ImapProtocolViolation}, STRICT) or recorded in
 * {@link #deviations()}.
 *
 * <p>Not thread-safe: one scenario step at a time drives one client. Several clients may share
 * one transcript.
 */
public final class ImapClient implements Closeable {

    /** The longest response line read (1 MiB); literals are read by count. */
    public static final int MAX_LINE = 1 << 20;
    /** The largest literal accepted from a server (64 MiB). */
    public static final int MAX_LITERAL = 64 << 20;

    private static final Pattern CAPABILITY_DATA =
            Pattern.compile("\\* CAPABILITY(?: ([^\\r\\n]*))?\\r?\\n?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPABILITY_CODE = Pattern.compile(
            "(?:\\*|[^ ]+) (?:OK|NO|BAD|PREAUTH|BYE) \\[CAPABILITY(?: ([^\\]\\r\\n]*))?\\].*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BYE = Pattern.compile("\\* BYE(?: .*)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Connection connection;
    private final ClientOptions options;
    private final ImapFrameParser parser;
    private final Transcript transcript;
    private final Tag.Generator tags = new Tag.Generator("A");
    private final Map<String, PendingCommand> inFlight = new LinkedHashMap<>();
    private final Set<String> rawTags = new HashSet<>();
    private final List<Received> log = new ArrayList<>();
    private final List<Deviation> deviations = new ArrayList<>();

    private Received greeting;
    private List<String> capabilities;
    private long capabilitiesSequence;
    private Received bye;
    private long untaggedCursor;
    private PendingCommand idling;
    private int loneLineFeedsSeen;

    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private int partialLiteral = -1;

    private ImapClient(Connection connection, ClientOptions options, ImapFrameParser parser) {
        this.connection = connection;
        this.options = options;
        this.parser = parser;
        this.transcript = options.transcript();
    }

    /** Connects with the production parser in the options' mode and reads the greeting. */
    public static ImapClient connect(Endpoint endpoint, ClientOptions options) throws WireException {
        ImapResponseParser.Mode mode = options.parserMode() == ParserMode.STRICT
                ? ImapResponseParser.Mode.STRICT : ImapResponseParser.Mode.LENIENT;
        return connect(endpoint, options, ImapFrameParser.of(new ImapResponseParser(mode)));
    }

    /**
     * Connects, and reads and parses the greeting (OK, PREAUTH or BYE: a BYE greeting is returned,
     * not thrown). A greeting that does not parse throws {@link ImapProtocolViolation} in both modes.
     */
    public static ImapClient connect(Endpoint endpoint, ClientOptions options, ImapFrameParser parser)
            throws WireException {
        Connection c = Connection.open(endpoint, options, "imap", new ImapSecretMasker());
        ImapClient client = new ImapClient(c, options, parser);
        try {
            client.readGreeting();
        } catch (WireException | RuntimeException e) {
            c.close();
            throw e;
        }
        return client;
    }

    private void readGreeting() throws WireException {
        Frame f = readFrame(Deadline.after(options.timeout()), "the greeting");
        long seq = transcript.nextSequence();
        try {
            Greeting g = parser.parseGreeting(f.bytes);
            greeting = new Received(seq, Instant.now(), name(), g, f.entry);
            log.add(greeting);
            observe(f.bytes, seq, g);
        } catch (ImapSyntaxException e) {
            deviations.add(new Deviation(name(), e.rule(), e.getMessage(), f.bytes, e.offset(), seq));
            connection.event("the greeting breaks " + e.rule() + " at offset " + e.offset());
            throw new ImapProtocolViolation(name(), e, seq);
        }
    }

    // ---------------------------------------------------------------- state

    public String name() {
        return connection.name();
    }

    public Connection connection() {
        return connection;
    }

    public Transcript transcript() {
        return transcript;
    }

    public Greeting greeting() {
        return (Greeting) greeting.response();
    }

    public Received greetingReceived() {
        return greeting;
    }

    /** Every response received, in arrival order, greeting first. */
    public List<Received> responses() {
        return List.copyOf(log);
    }

    /** Rules the server broke that were recorded rather than thrown (unknown tags, lone LFs, LENIENT syntax). */
    public List<Deviation> deviations() {
        return List.copyOf(deviations);
    }

    /** The untagged BYE, once one arrived. */
    public Optional<Received> bye() {
        return Optional.ofNullable(bye);
    }

    /** The commands sent whose completion has not arrived, oldest first. */
    public List<PendingCommand> inFlight() {
        return List.copyOf(inFlight.values());
    }

    public Optional<TlsSession> tlsSession() {
        return connection.tlsSession();
    }

    /**
     * The capabilities as last advertised (CAPABILITY response or a {@code [CAPABILITY ...]} code,
     * greeting included); when none is known (at the start, or after STARTTLS or authentication),
     * asks with CAPABILITY first.
     */
    public List<String> capabilities() throws WireException {
        if (capabilities == null) {
            execute(Command.of("CAPABILITY"));
        }
        return capabilities == null ? List.of() : capabilities;
    }

    /** The capabilities known without asking. */
    public Optional<List<String>> cachedCapabilities() {
        return Optional.ofNullable(capabilities);
    }

    /** Case-insensitive. */
    public boolean hasCapability(String name) throws WireException {
        return capabilities().stream().anyMatch(c -> c.equalsIgnoreCase(name));
    }

    private boolean cachedCapability(String name) {
        return capabilities != null && capabilities.stream().anyMatch(c -> c.equalsIgnoreCase(name));
    }

    /** A fresh tag for a command sent with {@link #sendRaw}; its completion is then expected. */
    public Tag nextTag() {
        Tag t = freshTag();
        rawTags.add(t.value());
        return t;
    }

    private Tag freshTag() {
        Tag t;
        do {
            t = tags.next();
        } while (inFlight.containsKey(t.value()) || rawTags.contains(t.value()));
        return t;
    }

    // ---------------------------------------------------------------- commands

    /** Sends a command line after a fresh tag, e.g. {@code send("SELECT INBOX")}. */
    public PendingCommand send(String line) throws WireException {
        return send(Command.line(line));
    }

    /**
     * Sends the command and returns without waiting for its completion. A synchronizing literal
     * waits (within the timeout) for the server's "+"; if the server answers with the tagged
     * completion instead (NO/BAD), the rest is not sent and the command is already done.
     */
    public PendingCommand send(Command command) throws WireException {
        Objects.requireNonNull(command, "command");
        Tag tag = freshTag();
        PendingCommand p = new PendingCommand(tag, command, transcript.nextSequence());
        inFlight.put(tag.value(), p);
        untaggedCursor = Math.max(untaggedCursor, p.sentSequence());
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes((tag.value() + " " + command.name()).getBytes(StandardCharsets.UTF_8));
        for (Command.Part part : command.parts()) {
            chunk.write(' ');
            if (part instanceof Command.Text t) {
                chunk.writeBytes(t.text().getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof Command.Literal lit) {
                boolean nonSync = nonSynchronizing(lit);
                chunk.writeBytes(((lit.binary() ? "~{" : "{") + lit.size() + (nonSync ? "+" : "") + "}\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                if (!nonSync) {
                    connection.write(chunk.toByteArray(), "the command " + p.describe());
                    chunk.reset();
                    if (!awaitContinuation(p, Deadline.after(options.timeout()),
                            "the continuation request for the " + lit.size() + "-octet literal of " + p.describe())) {
                        return p;
                    }
                }
                writeLiteral(chunk, lit);
            }
        }
        chunk.writeBytes(new byte[] {'\r', '\n'});
        connection.write(chunk.toByteArray(), "the command " + p.describe());
        return p;
    }

    /** The literal writer: exactly the declared count, or nothing. */
    private static void writeLiteral(ByteArrayOutputStream out, Command.Literal lit) {
        byte[] data = lit.data();
        if (data.length != lit.size()) {
            throw new IllegalStateException("literal declares " + lit.size() + " octets but holds " + data.length);
        }
        out.writeBytes(data);
    }

    private boolean nonSynchronizing(Command.Literal lit) {
        boolean plus = cachedCapability("LITERAL+");
        boolean minus = cachedCapability("LITERAL-") && lit.size() <= 4096;
        return switch (lit.mode()) {
            case SYNC -> false;
            case AUTO -> plus || minus;
            case NON_SYNC -> {
                if (!(plus || minus)) {
                    throw new IllegalStateException("a non-synchronizing literal of " + lit.size()
                            + " octets needs LITERAL+ (or LITERAL- and at most 4096 octets); the server advertised "
                            + (capabilities == null ? "nothing yet" : capabilities));
                }
                yield true;
            }
        };
    }

    /** Reads until a continuation request arrives (true) or the command completes (false). */
    private boolean awaitContinuation(PendingCommand p, Deadline deadline, String awaiting) throws WireException {
        while (true) {
            Received r = readAndDispatch(deadline, awaiting, false);
            if (r != null && r.response() instanceof ContinuationRequest && r.sequence() > p.sentSequence()) {
                untaggedCursor = Math.max(untaggedCursor, r.sequence());
                return true;
            }
            if (p.isDone()) {
                return false;
            }
        }
    }

    /** Waits (within the timeout) for the command's tagged completion. */
    public CommandResult await(PendingCommand p) throws WireException {
        return await(p, options.timeout());
    }

    public CommandResult await(PendingCommand p, Duration timeout) throws WireException {
        Deadline deadline = Deadline.after(timeout);
        while (!p.isDone()) {
            readAndDispatch(deadline, "the tagged completion of " + p.describe(), false);
        }
        return p.result().orElseThrow();
    }

    public CommandResult execute(Command command) throws WireException {
        return await(send(command));
    }

    public CommandResult execute(String line) throws WireException {
        return await(send(line));
    }

    /** Sends and awaits the completion within {@code timeout} instead of the client's. */
    public CommandResult execute(Command command, Duration timeout) throws WireException {
        return await(send(command), timeout);
    }

    // ---------------------------------------------------------------- session commands

    /** STARTTLS; on OK the connection is upgraded at once and the capabilities forgotten. */
    public StartTlsResult startTls() throws WireException {
        CommandResult r = execute(Command.of("STARTTLS"));
        if (!r.ok()) {
            return new StartTlsResult(r, Optional.empty());
        }
        capabilities = null;
        TlsUpgrade u = connection.startTls();
        return new StartTlsResult(r, Optional.of(u));
    }

    public CommandResult login(Account account) throws WireException {
        return login(account.user(), account.password());
    }

    /** LOGIN with each argument as an atom, quoted string or literal, whichever it needs. */
    public CommandResult login(String user, String password) throws WireException {
        CommandResult r = execute(Command.of("LOGIN").string(user).string(password));
        afterAuthentication(r);
        return r;
    }

    /**
     * AUTHENTICATE PLAIN (RFC 4616): with the initial response on the command line (SASL-IR), or
     * sent after the server's "+".
     */
    public CommandResult authenticatePlain(Account account, boolean withInitialResponse) throws WireException {
        byte[] message = ("\0" + account.user() + "\0" + account.password()).getBytes(StandardCharsets.UTF_8);
        String response = Base64.getEncoder().encodeToString(message);
        CommandResult r;
        if (withInitialResponse) {
            r = execute(Command.of("AUTHENTICATE").atom("PLAIN").atom(response));
        } else {
            PendingCommand p = send(Command.of("AUTHENTICATE").atom("PLAIN"));
            if (awaitContinuation(p, Deadline.after(options.timeout()), "the continuation request of " + p.describe())) {
                connection.write((response + "\r\n").getBytes(StandardCharsets.US_ASCII), "the SASL response");
            }
            r = await(p);
        }
        afterAuthentication(r);
        return r;
    }

    private void afterAuthentication(CommandResult r) {
        if (r.ok() && capabilitiesSequence < r.completion().sequence()) {
            capabilities = null;
        }
    }

    /** IDLE (RFC 2177): sends it and waits for the "+"; a command already done means the server refused. */
    public PendingCommand idle() throws WireException {
        if (idling != null) {
            throw new IllegalStateException("already idling: " + idling.describe());
        }
        PendingCommand p = send(Command.of("IDLE"));
        if (awaitContinuation(p, Deadline.after(options.timeout()), "the continuation request of " + p.describe())) {
            idling = p;
        }
        return p;
    }

    /** Ends IDLE with DONE and waits for its completion. */
    public CommandResult done() throws WireException {
        if (idling == null) {
            throw new IllegalStateException("not idling");
        }
        PendingCommand p = idling;
        idling = null;
        connection.write("DONE\r\n".getBytes(StandardCharsets.US_ASCII), "DONE");
        return await(p);
    }

    /**
     * The first untagged response matching, among those that arrived after the last command sent or
     * the last match, waiting up to the timeout; empty when none came in time (an observation).
     */
    public Optional<Received> awaitUntagged(Predicate<Response> predicate, Duration timeout) throws WireException {
        for (Received r : log) {
            if (r.sequence() > untaggedCursor && r.response() instanceof UntaggedResponse && predicate.test(r.response())) {
                untaggedCursor = r.sequence();
                return Optional.of(r);
            }
        }
        Deadline deadline = Deadline.after(timeout);
        while (true) {
            Received r;
            try {
                r = readAndDispatch(deadline, "an untagged response", false);
            } catch (ReadTimeoutException e) {
                return Optional.empty();
            }
            if (r != null && r.response() instanceof UntaggedResponse && predicate.test(r.response())) {
                untaggedCursor = r.sequence();
                return Optional.of(r);
            }
        }
    }

    /** LOGOUT, then waits for the close. */
    public LogoutResult logout() throws WireException {
        PendingCommand p = send(Command.of("LOGOUT"));
        long after = p.sentSequence();
        Optional<CommandResult> result;
        try {
            result = Optional.of(await(p));
        } catch (ConnectionClosedException e) {
            return new LogoutResult(byeAfter(after), Optional.empty(), new CloseObservation(
                    e.reset() ? CloseObservation.Outcome.RESET : CloseObservation.Outcome.CLOSED, e.received(), Duration.ZERO));
        }
        CloseObservation close = awaitClose(options.timeout());
        return new LogoutResult(byeAfter(after), result, close);
    }

    private Optional<Received> byeAfter(long sequence) {
        return bye != null && bye.sequence() > sequence ? Optional.of(bye) : Optional.empty();
    }

    // ---------------------------------------------------------------- raw mode

    /**
     * Sends exactly these bytes (malformed commands, wrong literal counts). A tag at the start of a
     * line is remembered, so its completion is expected rather than recorded as an unknown tag.
     */
    public void sendRaw(byte[] bytes) throws WireException {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String line : s.split("\r?\n")) {
            int sp = line.indexOf(' ');
            String first = sp < 0 ? line : line.substring(0, sp);
            if (!first.isEmpty() && !first.equals("*") && !first.equals("+") && !first.equalsIgnoreCase("DONE")) {
                rawTags.add(first);
            }
        }
        connection.write(bytes, "raw bytes");
    }

    public void sendRaw(String text) throws WireException {
        sendRaw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the next response, whatever it is (also dispatched: completions still find their command). */
    public Received readResponse(Duration timeout) throws WireException {
        Deadline deadline = Deadline.after(timeout);
        while (true) {
            Received r = readAndDispatch(deadline, "a response", true);
            if (r != null) {
                return r;
            }
        }
    }

    /**
     * Waits for the server to close the connection, parsing whatever it sends meanwhile (a BYE is
     * recorded). Never throws for a close or a timeout: it reports which happened.
     */
    public CloseObservation awaitClose(Duration timeout) throws WireException {
        long t0 = System.nanoTime();
        Deadline deadline = Deadline.after(timeout);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            while (true) {
                readAndDispatch(deadline, "the server to close the connection", true);
                got.writeBytes(lastFrame);
            }
        } catch (ConnectionClosedException e) {
            got.writeBytes(e.received());
            return new CloseObservation(e.reset() ? CloseObservation.Outcome.RESET : CloseObservation.Outcome.CLOSED,
                    got.toByteArray(), Duration.ofNanos(System.nanoTime() - t0));
        } catch (ReadTimeoutException e) {
            got.writeBytes(e.received());
            return new CloseObservation(CloseObservation.Outcome.STILL_OPEN, got.toByteArray(),
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    /** Closes the connection without LOGOUT. */
    @Override
    public void close() {
        connection.close();
    }

    // ---------------------------------------------------------------- framing and dispatch

    private record Frame(byte[] bytes, Optional<Transcript.Data> entry) {
    }

    /** The bytes of the frame read last, parsed or not. */
    private byte[] lastFrame = new byte[0];

    /**
     * Reads one response: a line, and while the line ends in a literal announcement ({@code {n}},
     * {@code {n+}}, {@code ~{n}}), exactly n bytes and the line that follows. A timeout keeps what
     * was read, so the next call continues the same response.
     */
    private Frame readFrame(Deadline deadline, String awaiting) throws WireException {
        while (true) {
            if (partialLiteral >= 0) {
                byte[] lit = connection.readExactly(partialLiteral, "the " + partialLiteral
                        + "-octet literal of a response (awaiting " + awaiting + ")", deadline);
                partial.writeBytes(lit);
                partialLiteral = -1;
            }
            byte[] line = connection.readLine(MAX_LINE, awaiting, deadline);
            partial.writeBytes(line);
            long n = literalAnnouncement(line);
            if (n < 0) {
                break;
            }
            if (n > MAX_LITERAL) {
                byte[] sofar = partial.toByteArray();
                partial.reset();
                connection.endFrame();
                throw new ImapProtocolViolation(name(), new ImapSyntaxException("literal", sofar.length - line.length,
                        sofar, "a literal of " + n + " octets is over the client's limit of " + MAX_LITERAL),
                        transcript.nextSequence());
            }
            partialLiteral = (int) n;
        }
        byte[] frame = partial.toByteArray();
        partial.reset();
        return new Frame(frame, connection.endFrame());
    }

    /** The n of a trailing {@code {n}}, {@code {n+}} or {@code ~{n}} before the line ending, else -1. */
    static long literalAnnouncement(byte[] line) {
        int e = line.length;
        if (e > 0 && line[e - 1] == '\n') {
            e--;
        }
        if (e > 0 && line[e - 1] == '\r') {
            e--;
        }
        if (e < 3 || line[e - 1] != '}') {
            return -1;
        }
        int i = e - 2;
        if (line[i] == '+') {
            i--;
        }
        int digitsEnd = i + 1;
        while (i >= 0 && line[i] >= '0' && line[i] <= '9') {
            i--;
        }
        if (i < 0 || line[i] != '{' || digitsEnd - i - 1 < 1 || digitsEnd - i - 1 > 12) {
            return -1;
        }
        return Long.parseLong(new String(line, i + 1, digitsEnd - i - 1, StandardCharsets.US_ASCII));
    }

    /**
     * Reads one frame, parses it, records it, and routes a completion to its command. Returns null
     * when the frame did not parse in LENIENT mode (recorded as a deviation).
     */
    private Received readAndDispatch(Deadline deadline, String awaiting, boolean rawRead) throws WireException {
        String what = awaiting + (bye == null ? "" : " (the server had sent \"" + Ascii.escape(bye.raw()).strip() + "\")");
        Frame f = readFrame(deadline, what);
        lastFrame = f.bytes;
        long seq = transcript.nextSequence();
        noteLoneLineFeeds(f, seq);
        Response r;
        try {
            r = parser.parse(f.bytes);
        } catch (ImapSyntaxException e) {
            deviations.add(new Deviation(name(), e.rule(), e.getMessage(), f.bytes, e.offset(), seq));
            if (options.parserMode() == ParserMode.STRICT) {
                throw new ImapProtocolViolation(name(), e, seq);
            }
            return null;
        }
        Received rec = new Received(seq, Instant.now(), name(), r, f.entry);
        log.add(rec);
        observe(f.bytes, seq, r);
        if (r instanceof TaggedResponse t) {
            PendingCommand p = inFlight.remove(t.tag());
            if (p != null) {
                p.complete(new CommandResult(p.tag(), p.command(), p.sentSequence(), untaggedBetween(p.sentSequence(), seq), rec));
            } else if (!rawTags.remove(t.tag())) {
                deviations.add(new Deviation(name(), "tag", "a tagged completion whose tag " + t.tag()
                        + " matches no command in flight (in flight: " + inFlight.keySet() + ")", f.bytes, 0, seq));
                connection.event("tagged completion with unknown tag " + Ascii.escape(t.tag()));
            }
        }
        return rec;
    }

    private void noteLoneLineFeeds(Frame f, long seq) {
        List<Connection.LoneLineFeed> all = connection.loneLineFeeds();
        for (int i = loneLineFeedsSeen; i < all.size(); i++) {
            deviations.add(new Deviation(name(), "CRLF", "a line ends in LF without CR", f.bytes,
                    indexOfLoneLf(f.bytes), seq));
        }
        loneLineFeedsSeen = all.size();
    }

    private static int indexOfLoneLf(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
                return i;
            }
        }
        return 0;
    }

    private List<Received> untaggedBetween(long from, long to) {
        List<Received> out = new ArrayList<>();
        for (int i = log.size() - 1; i >= 0; i--) {
            Received r = log.get(i);
            if (r.sequence() <= from) {
                break;
            }
            if (r.sequence() < to && r.response() instanceof UntaggedResponse) {
                out.add(0, r);
            }
        }
        return out;
    }

    /** Capabilities and BYE, read from the bytes so the client does not depend on the parser's types. */
    private void observe(byte[] frame, long seq, Response r) {
        String line = firstLine(frame);
        Matcher data = CAPABILITY_DATA.matcher(line);
        Matcher code = CAPABILITY_CODE.matcher(line);
        String list = null;
        if (data.matches()) {
            list = data.group(1) == null ? "" : data.group(1);
        } else if (code.matches()) {
            list = code.group(1) == null ? "" : code.group(1);
        }
        if (list != null) {
            List<String> caps = new ArrayList<>();
            for (String c : list.trim().split(" +")) {
                if (!c.isEmpty()) {
                    caps.add(c);
                }
            }
            capabilities = List.copyOf(caps);
            capabilitiesSequence = seq;
        }
        if (!(r instanceof Greeting) && BYE.matcher(line).matches()) {
            bye = log.get(log.size() - 1);
        }
    }

    private static String firstLine(byte[] frame) {
        int n = 0;
        while (n < frame.length && frame[n] != '\n') {
            n++;
        }
        if (n > 0 && frame[n - 1] == '\r') {
            n--;
        }
        return new String(frame, 0, n, StandardCharsets.ISO_8859_1);
    }
}
