package org.mailspec.pop3;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
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
 * A POP3 client for conformance tests. Every reply is parsed by the strict {@link Pop3ReplyParser}:
 * a violation is thrown as {@link Pop3ProtocolViolation} (STRICT) or recorded in
 * {@link #deviations()} (LENIENT). Each reply, single- or multi-line, is one transcript entry.
 * Not thread-safe.
 */
public final class Pop3Client implements Closeable {

    /** The longest line read; longer first lines are still read so the 512-octet rule can judge them. */
    public static final int MAX_LINE = 1 << 20;

    private final Connection connection;
    private final ClientOptions options;
    private final Transcript transcript;
    private final Pop3ReplyParser parser = Pop3ReplyParser.strict();
    private final List<Deviation> deviations = new ArrayList<>();
    private Pop3Reply greeting;
    private Pop3Capabilities capabilities;

    private Pop3Client(Connection connection, ClientOptions options) {
        this.connection = connection;
        this.options = options;
        this.transcript = options.transcript();
    }

    /** Connects and reads the greeting (a -ERR greeting is returned, not thrown). */
    public static Pop3Client connect(Endpoint endpoint, ClientOptions options) throws WireException {
        Connection c = Connection.open(endpoint, options, "pop3", new Pop3SecretMasker());
        Pop3Client client = new Pop3Client(c, options);
        try {
            client.greeting = client.readReply(Deadline.after(options.timeout()), "the greeting", false);
        } catch (WireException | RuntimeException e) {
            c.close();
            throw e;
        }
        return client;
    }

    public String name() {
        return connection.name();
    }

    public Connection connection() {
        return connection;
    }

    public Transcript transcript() {
        return transcript;
    }

    public Pop3Reply greeting() {
        return greeting;
    }

    /** The {@code <...>} timestamp of the greeting, which APOP needs (RFC 1939 section 7). */
    public Optional<String> apopTimestamp() {
        return Apop.timestamp(greeting);
    }

    public List<Deviation> deviations() {
        return List.copyOf(deviations);
    }

    public Optional<TlsSession> tlsSession() {
        return connection.tlsSession();
    }

    // ---------------------------------------------------------------- commands

    /** Sends the command line (CRLF added) and reads a single-line reply. */
    public Pop3Reply command(String line) throws WireException {
        return command(line, options.timeout());
    }

    /** {@link #command(String)} with its own timeout. */
    public Pop3Reply command(String line, Duration timeout) throws WireException {
        sendLine(line);
        return readReply(Deadline.after(timeout), "the reply to " + describe(line), false);
    }

    /** Sends the command line and reads a multi-line reply (a -ERR reply is its first line alone). */
    public MultiLineReply multiLine(String line) throws WireException {
        return multiLine(line, options.timeout());
    }

    /** {@link #multiLine(String)} with its own timeout for the whole reply. */
    public MultiLineReply multiLine(String line, Duration timeout) throws WireException {
        sendLine(line);
        return readMultiLine(Deadline.after(timeout), "the reply to " + describe(line));
    }

    /** CAPA (RFC 2449), cached until STLS or authentication; a -ERR answer gives no capabilities. */
    public Pop3Capabilities capa() throws WireException {
        if (capabilities == null) {
            MultiLineReply r = multiLine("CAPA");
            Pop3Capabilities c = r.first().ok() ? Pop3Capabilities.of(r) : new Pop3Capabilities(List.of(), r);
            if (!r.first().ok()) {
                return c;
            }
            capabilities = c;
        }
        return capabilities;
    }

    public Optional<Pop3Capabilities> cachedCapabilities() {
        return Optional.ofNullable(capabilities);
    }

    /** STLS; on +OK the connection is upgraded at once and the capabilities forgotten. */
    public StlsResult stls() throws WireException {
        Pop3Reply r = command("STLS");
        if (!r.ok()) {
            return new StlsResult(r, Optional.empty());
        }
        capabilities = null;
        TlsUpgrade u = connection.startTls();
        return new StlsResult(r, Optional.of(u));
    }

    public Pop3Reply user(String name) throws WireException {
        return command("USER " + name);
    }

    public Pop3Reply pass(String password) throws WireException {
        return afterAuthentication(command("PASS " + password));
    }

    /** USER then, if accepted, PASS; returns the last reply. */
    public Pop3Reply login(Account account) throws WireException {
        Pop3Reply u = user(account.user());
        return u.ok() ? pass(account.password()) : u;
    }

    /** APOP with the digest over the greeting's timestamp; throws if the greeting had none. */
    public Pop3Reply apop(String user, String secret) throws WireException {
        String ts = apopTimestamp().orElseThrow(() -> new IllegalStateException(
                name() + ": the greeting has no <timestamp>, so APOP is not offered: " + greeting));
        return afterAuthentication(command("APOP " + user + " " + Apop.digest(ts, secret)));
    }

    /**
     * AUTH PLAIN (RFC 5034, RFC 4616): with the initial response on the command line, or sent
     * after the server's {@code +} continuation.
     */
    public Pop3Reply authPlain(Account account, boolean withInitialResponse) throws WireException {
        byte[] message = ("\0" + account.user() + "\0" + account.password()).getBytes(StandardCharsets.UTF_8);
        String response = message.length == 0 ? "=" : Base64.getEncoder().encodeToString(message);
        Deadline deadline = Deadline.after(options.timeout());
        if (withInitialResponse) {
            sendLine("AUTH PLAIN " + response);
            Pop3Reply r = readReply(deadline, "the reply to AUTH PLAIN ***", true);
            if (r.status() == Pop3Status.CONTINUE) {
                sendLine("*");
                r = readReply(deadline, "the reply to the cancelled AUTH", true);
            }
            return afterAuthentication(r);
        }
        sendLine("AUTH PLAIN");
        Pop3Reply r = readReply(deadline, "the continuation of AUTH PLAIN", true);
        if (r.status() != Pop3Status.CONTINUE) {
            return r;
        }
        sendLine(response);
        return afterAuthentication(readReply(deadline, "the reply to the AUTH PLAIN response", true));
    }

    private Pop3Reply afterAuthentication(Pop3Reply r) {
        if (r.ok()) {
            capabilities = null;
        }
        return r;
    }

    /** QUIT, then waits (within the client's timeout) for the server to close. */
    public QuitResult quit() throws WireException {
        return quit(options.timeout());
    }

    /** QUIT, then waits up to {@code closeTimeout} for the server to close. */
    public QuitResult quit(Duration closeTimeout) throws WireException {
        sendLine("QUIT");
        Optional<Pop3Reply> reply;
        try {
            reply = Optional.of(readReply(Deadline.after(options.timeout()), "the reply to QUIT", false));
        } catch (ConnectionClosedException e) {
            return new QuitResult(Optional.empty(), new CloseObservation(e.reset() ? CloseObservation.Outcome.RESET
                    : CloseObservation.Outcome.CLOSED, e.received(), Duration.ZERO));
        }
        return new QuitResult(reply, connection.awaitClose(closeTimeout));
    }

    /** Waits for the server to close; never throws for a close or a timeout. */
    public CloseObservation awaitClose(Duration timeout) {
        return connection.awaitClose(timeout);
    }

    // ---------------------------------------------------------------- raw mode

    /** Sends exactly these bytes. */
    public void sendRaw(byte[] bytes) throws WireException {
        connection.write(bytes, "raw bytes");
    }

    public void sendRaw(String text) throws WireException {
        sendRaw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one single-line reply (a continuation {@code +} is accepted too). */
    public Pop3Reply readReply(Duration timeout) throws WireException {
        return readReply(Deadline.after(timeout), "a reply", true);
    }

    public MultiLineReply readMultiLine(Duration timeout) throws WireException {
        return readMultiLine(Deadline.after(timeout), "a multi-line reply");
    }

    /** Reads one line exactly as sent, unparsed. */
    public byte[] readLine(Duration timeout) throws WireException {
        byte[] l = connection.readLine(MAX_LINE, "a line", timeout);
        connection.endFrame();
        return l;
    }

    @Override
    public void close() {
        connection.close();
    }

    // ---------------------------------------------------------------- reading

    private void sendLine(String line) throws WireException {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("CR or LF inside a command line: use sendRaw");
        }
        connection.write((line + "\r\n").getBytes(StandardCharsets.UTF_8), describe(line));
    }

    private static String describe(String line) {
        return Pop3SecretMasker.maskCommand(line);
    }

    private Pop3Reply readReply(Deadline deadline, String awaiting, boolean auth) throws WireException {
        byte[] line = connection.readLine(MAX_LINE, awaiting, deadline);
        connection.endFrame();
        List<Pop3SyntaxException> found = new ArrayList<>();
        try {
            Pop3Reply r = auth ? parser.parseAuthReply(line, found) : parser.parseReply(line, found);
            judge(found);
            return r;
        } catch (Pop3SyntaxException e) {
            record(e);
            throw new Pop3ProtocolViolation(name(), e);
        }
    }

    private MultiLineReply readMultiLine(Deadline deadline, String awaiting) throws WireException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] first = connection.readLine(MAX_LINE, awaiting, deadline);
        raw.writeBytes(first);
        boolean positive = first.length >= 3 && first[0] == '+';
        ConnectionClosedException closed = null;
        if (positive) {
            try {
                while (true) {
                    byte[] l = connection.readLine(MAX_LINE, awaiting + " (up to its terminating \".\" CRLF)", deadline);
                    raw.writeBytes(l);
                    if ((l.length == 3 && l[0] == '.' && l[1] == '\r') || (l.length == 2 && l[0] == '.' && l[1] == '\n')) {
                        break;
                    }
                }
            } catch (ReadTimeoutException e) {
                connection.endFrame();
                raw.writeBytes(e.received());
                throw new ReadTimeoutException(name(), connection.endpoint(),
                        awaiting + " (up to its terminating \".\" CRLF)", e.timeout(), raw.toByteArray());
            } catch (ConnectionClosedException e) {
                closed = e;
                raw.writeBytes(e.received());
            }
        }
        connection.endFrame();
        List<Pop3SyntaxException> found = new ArrayList<>();
        try {
            MultiLineReply r = parser.parseMultiLine(raw.toByteArray(), found);
            judge(found, closed);
            return r;
        } catch (Pop3SyntaxException e) {
            record(e);
            throw new Pop3ProtocolViolation(name(), e);
        }
    }

    private void judge(List<Pop3SyntaxException> found) {
        judge(found, null);
    }

    /** Records every violation; in STRICT mode throws the first. */
    private void judge(List<Pop3SyntaxException> found, Exception cause) {
        for (Pop3SyntaxException e : found) {
            record(e);
        }
        if (!found.isEmpty() && options.parserMode() == ParserMode.STRICT) {
            Pop3ProtocolViolation v = new Pop3ProtocolViolation(name(), found.get(0));
            if (cause != null) {
                v.addSuppressed(cause);
            }
            throw v;
        }
    }

    private void record(Pop3SyntaxException e) {
        deviations.add(new Deviation(name(), e.rule(), e.getMessage(), e.input(), e.offset(), 0));
        connection.event("reply breaks " + e.rule() + " at offset " + e.offset() + ": " + e.getMessage());
    }
}
