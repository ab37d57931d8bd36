package org.mailspec.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;

/**
 * An in-process TCP server on 127.0.0.1 (ephemeral port) that plays a script: the negative control
 * for every assertion (a server that breaks exactly one rule) and the peer of the wire tests.
 *
 * <pre>{@code
 * try (ScriptedServer server = ScriptedServer.builder()
 *         .line("* OK [CAPABILITY IMAP4rev2] ready")
 *         .expect(ScriptedServer.TAG + " LOGIN .*")
 *         .replyLine("{tag} OK logged in")
 *         .onCommand(ScriptedServer.TAG + " NOOP", ex -> ex.replyLine("{tag} OK"))
 *         .start()) {
 *     ... connect to server.endpoint() ...
 *     server.verify();
 * }
 * }</pre>
 *
 * Every accepted connection plays the script from its first step with its own captured groups;
 * after the last step it serves {@link Builder#onCommand rules} if any, else records whatever the
 * client still sends until it closes. Regular expressions match a whole line without its line
 * ending, case-insensitively; templates substitute named groups ({@code {tag}}) and leave any other
 * braces (a literal's {@code {5}}) alone. {@link #close()} ends every thread and socket it made.
 */
public final class ScriptedServer implements AutoCloseable {

    /** A named group capturing an IMAP tag: {@code expect(TAG + " LOGIN .*")}, then {@code {tag}} in replies. */
    public static final String TAG = "(?<tag>[^ ]+)";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final Pattern LITERAL_AT_END = Pattern.compile(".*~?\\{(\\d+)\\+?\\}$");
    private static final String KEYSTORE = "scripted-server.p12";
    private static final char[] KEYSTORE_PASSWORD = "mailspec".toCharArray();

    /** What the server does for a command in rule mode. */
    @FunctionalInterface
    public interface Responder {
        void respond(Session session) throws IOException;
    }

    /** One client line as the server read it. */
    public record ReceivedLine(int connection, byte[] bytes) {
        /** The line without its line ending, bytes as ISO-8859-1 characters. */
        public String text() {
            return strip(bytes);
        }
    }

    private final List<Step> steps;
    private final List<Rule> rules;
    private final Responder otherwise;
    private final boolean implicitTls;
    private final List<String> tlsProtocols;
    private final Duration readTimeout;

    private final ServerSocket serverSocket;
    private final Thread acceptor;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<ReceivedLine> received = new CopyOnWriteArrayList<>();
    private final List<ReceivedLine> unscripted = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private volatile boolean closed;

    private ScriptedServer(Builder b) throws IOException {
        this.steps = List.copyOf(b.steps);
        this.rules = List.copyOf(b.rules);
        this.otherwise = b.otherwise;
        this.implicitTls = b.implicitTls;
        this.tlsProtocols = List.copyOf(b.tlsProtocols);
        this.readTimeout = b.readTimeout;
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        this.acceptor = new Thread(this::acceptLoop, "scripted-server-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- what tests read

    public int port() {
        return serverSocket.getLocalPort();
    }

    public String host() {
        return "127.0.0.1";
    }

    /** This server as a target: IMPLICIT when built with {@link Builder#implicitTls()}, else NONE. */
    public Endpoint endpoint() {
        return new Endpoint(host(), port(), implicitTls ? TlsMode.IMPLICIT : TlsMode.NONE);
    }

    public Endpoint endpoint(TlsMode mode) {
        return new Endpoint(host(), port(), mode);
    }

    /** Every line the server read, on all connections, in order, without line endings. */
    public List<String> received() {
        return received.stream().map(ReceivedLine::text).toList();
    }

    public List<ReceivedLine> receivedLines() {
        return List.copyOf(received);
    }

    /** Lines read after the script's last step when there were no rules to serve them. */
    public List<String> unscripted() {
        return unscripted.stream().map(ReceivedLine::text).toList();
    }

    /** Every byte the server read on connection {@code index} (0-based), lines and literals. */
    public byte[] receivedBytes(int index) {
        return sessions.get(index).readLog.toByteArray();
    }

    /** Expectations that did not hold: which connection, which step, what arrived. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Things worth knowing that are not failures: TLS handshakes that failed, bytes sent before TLS. */
    public List<String> events() {
        return List.copyOf(events);
    }

    public int connectionCount() {
        return sessions.size();
    }

    /** The client addresses of the accepted connections, in order. */
    public List<InetAddress> clientAddresses() {
        return sessions.stream().map(s -> s.raw.getInetAddress()).toList();
    }

    /** Waits until {@code n} connections have played every step of the script (or stopped). */
    public boolean awaitScriptDone(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sessions.size() < n) {
            if (System.nanoTime() > deadline || shutdown.await(10, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!sessions.get(i).scriptDone.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until connection {@code index} (0-based) has ended: the client closed it, or a step
     * closed or reset it. Everything it read is recorded by then.
     */
    public boolean awaitConnectionEnd(int index, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sessions.size() <= index) {
            if (System.nanoTime() > deadline || shutdown.await(10, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        Thread t = sessions.get(index).thread;
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return !t.isAlive();
    }

    /**
     * Fails with every broken expectation, or when no connection came or one stopped before the
     * script's end. Waits up to two seconds for connections still playing their last steps.
     */
    public void verify() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Session s : sessions) {
            try {
                s.scriptDone.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<String> problems = new ArrayList<>(failures);
        if (sessions.isEmpty()) {
            problems.add("no client connected");
        }
        for (Session s : sessions) {
            if (s.stepsDone < steps.size() && !s.failed) {
                problems.add("connection " + s.index + " stopped after step " + s.stepsDone + " of " + steps.size()
                        + "; next: " + steps.get(s.stepsDone).describe());
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("scripted server: " + String.join("\n  ", problems)
                    + "\nreceived: " + received());
        }
    }

    /** A trust store holding the server's self-signed certificate, for clients that check certificates. */
    public static KeyStore trustStore() {
        try {
            KeyStore keys = Tls.keyStore();
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            for (String alias : Collections.list(keys.aliases())) {
                Certificate c = keys.getCertificate(alias);
                trust.setCertificateEntry(alias, c);
            }
            return trust;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the trust store of " + KEYSTORE, e);
        }
    }

    /** Stops accepting, closes every connection, ends every stall, and joins every thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown.countDown();
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Session s : sessions) {
            s.closeSocket();
        }
        join(acceptor);
        for (Session s : sessions) {
            join(s.thread);
        }
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            throw new IllegalStateException(t.getName() + " did not stop");
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            Session session;
            synchronized (this) {
                if (closed) {
                    closeQuietly(s);
                    return;
                }
                session = new Session(sessions.size(), s);
                Thread t = new Thread(session::run, "scripted-server-" + port() + "-conn-" + session.index);
                t.setDaemon(true);
                session.thread = t;
                sessions.add(session);
                t.start();
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    static String strip(byte[] line) {
        int n = line.length;
        if (n > 0 && line[n - 1] == '\n') {
            n--;
            if (n > 0 && line[n - 1] == '\r') {
                n--;
            }
        }
        return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- the script

    private interface Step {
        void run(Session s) throws IOException;

        String describe();

        /** Close, reset, stall: the script's end, reached when it starts. */
        boolean terminal();
    }

    private record Rule(Pattern pattern, Responder responder) {
    }

    /** Ends a session's processing (closed, reset, stalled, or an expectation failed). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The script, built step by step. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private Responder otherwise;
        private boolean implicitTls;
        private final List<String> tlsProtocols = new ArrayList<>();
        private Duration readTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        private Builder step(String description, StepRun run) {
            return step(description, run, false);
        }

        private Builder step(String description, StepRun run, boolean terminal) {
            steps.add(new Step() {
                @Override
                public void run(Session s) throws IOException {
                    run.run(s);
                }

                @Override
                public String describe() {
                    return description;
                }

                @Override
                public boolean terminal() {
                    return terminal;
                }
            });
            return this;
        }

        /** Sends exactly these characters (ISO-8859-1; write CRLF yourself). */
        public Builder send(String text) {
            return send(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        public Builder send(byte[] bytes) {
            byte[] copy = bytes.clone();
            return step("send \"" + Ascii.escape(copy) + "\"", s -> s.send(copy));
        }

        /** Sends the text followed by CRLF. */
        public Builder line(String text) {
            return send(text + "\r\n");
        }

        /** Reads one client line and checks it matches; named groups are kept for later templates. */
        public Builder expect(String regex) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
            return step("expect /" + regex + "/", s -> s.expect(p));
        }

        /** Reads the literal the last expected line announced ({@code {n}} or {@code {n+}} at its end). */
        public Builder expectLiteral() {
            return step("expect the announced literal", Session::expectLiteral);
        }

        /** Reads exactly n bytes. */
        public Builder expectBytes(int n) {
            return step("expect " + n + " bytes", s -> s.readBytes(n));
        }

        /** Reads until the client closes the connection; a line arriving instead is a failure. */
        public Builder expectClosed() {
            return step("expect the client to close", Session::expectClosed);
        }

        /** Sends the template with named groups substituted ({@code {tag}}); write CRLF yourself. */
        public Builder reply(String template) {
            return step("reply \"" + Ascii.escape(template) + "\"", s -> s.reply(template));
        }

        /** {@link #reply} followed by CRLF. */
        public Builder replyLine(String template) {
            return reply(template + "\r\n");
        }

        /** Sends the bytes one at a time, one every {@code interval}: a server trickling its answer. */
        public Builder trickle(String text, Duration interval) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            return step("trickle \"" + Ascii.escape(bytes) + "\"", s -> s.trickle(bytes, interval));
        }

        /** Never answers again: the connection stays open until the server closes. */
        public Builder stall() {
            return step("stall", Session::stall, true);
        }

        /** Closes the connection (FIN). */
        public Builder close() {
            return step("close", Session::close, true);
        }

        /** Resets the connection (RST). */
        public Builder reset() {
            return step("reset", Session::reset, true);
        }

        /** Does the server side of a TLS handshake with the shipped self-signed certificate. */
        public Builder startTls() {
            return step("start TLS", Session::startTls);
        }

        /** Sends the bytes in one write and starts TLS at once: the plaintext-injection case when they hold more than the OK. */
        public Builder sendThenStartTls(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            return step("send \"" + Ascii.escape(bytes) + "\" then start TLS", s -> {
                s.send(bytes);
                s.startTls();
            });
        }

        /** {@link #reply} and start TLS at once. */
        public Builder replyThenStartTls(String template) {
            return step("reply \"" + Ascii.escape(template) + "\" then start TLS", s -> {
                s.reply(template);
                s.startTls();
            });
        }

        /** Runs any code as a step (for what the other steps do not cover). */
        public Builder then(String description, Responder action) {
            return step(description, action::respond);
        }

        /** After the script: answer every line matching the regex with the responder (first match wins). */
        public Builder onCommand(String regex, Responder responder) {
            rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL), responder));
            return this;
        }

        /** After the script: what to do with a line no rule matches; default: record a failure. */
        public Builder otherwise(Responder responder) {
            this.otherwise = responder;
            return this;
        }

        /** TLS from the first byte (IMAPS/POP3S). */
        public Builder implicitTls() {
            this.implicitTls = true;
            return this;
        }

        /** Restricts the protocols the server accepts, e.g. {@code TLSv1.3}. */
        public Builder tlsProtocols(String... names) {
            tlsProtocols.clear();
            tlsProtocols.addAll(List.of(names));
            return this;
        }

        /** How long the server waits for a client line before giving up (default 30s). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public ScriptedServer start() {
            try {
                return new ScriptedServer(this);
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on 127.0.0.1", e);
            }
        }
    }

    // ---------------------------------------------------------------- one connection

    /** One accepted connection: what steps and responders act on. */
    public final class Session {
        private final int index;
        private final Socket raw;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private volatile Thread thread;
        private final Map<String, String> groups = new HashMap<>();
        private final ByteArrayOutputStream readLog = new ByteArrayOutputStream();
        private final CountDownLatch scriptDone = new CountDownLatch(1);
        private byte[] buf = new byte[8192];
        private int start;
        private int end;
        private String line = "";
        private volatile int stepsDone;
        private volatile boolean failed;

        private Session(int index, Socket socket) {
            this.index = index;
            this.raw = socket;
            this.socket = socket;
        }

        /** 0-based, in accept order. */
        public int index() {
            return index;
        }

        /** The line the current rule or expectation matched, without its line ending. */
        public String line() {
            return line;
        }

        /** A captured named group, or null. */
        public String group(String name) {
            return groups.get(name);
        }

        public void send(String text) throws IOException {
            send(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        public void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        public void sendLine(String text) throws IOException {
            send(text + "\r\n");
        }

        public void reply(String template) throws IOException {
            send(fill(template));
        }

        public void replyLine(String template) throws IOException {
            reply(template + "\r\n");
        }

        /** Substitutes captured named groups for {@code {name}}; other braces stay. */
        public String fill(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = groups.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** Reads one client line, line ending included, and records it. */
        public byte[] readLine() throws IOException {
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buf[i] == '\n') {
                        byte[] l = java.util.Arrays.copyOfRange(buf, start, i + 1);
                        start = i + 1;
                        readLog.writeBytes(l);
                        received.add(new ReceivedLine(index, l));
                        line = strip(l);
                        return l;
                    }
                }
                if (!fillBuffer()) {
                    if (end > start) {
                        byte[] l = java.util.Arrays.copyOfRange(buf, start, end);
                        start = end;
                        readLog.writeBytes(l);
                        received.add(new ReceivedLine(index, l));
                    }
                    return null;
                }
            }
        }

        /** Reads exactly n bytes (a literal). */
        public byte[] readBytes(int n) throws IOException {
            while (end - start < n) {
                if (!fillBuffer()) {
                    fail("expected " + n + " bytes, the client closed after " + (end - start));
                }
            }
            byte[] b = java.util.Arrays.copyOfRange(buf, start, start + n);
            start += n;
            readLog.writeBytes(b);
            return b;
        }

        /**
         * For a line ending in a literal announcement: sends {@code continuation} when the literal is
         * synchronizing, reads the literal, and returns it; the rest of the command is read next.
         */
        public byte[] readLiteral(String continuation) throws IOException {
            Matcher m = LITERAL_AT_END.matcher(line);
            if (!m.matches()) {
                fail("expected a line ending in a literal announcement, got \"" + Ascii.escape(line) + "\"");
            }
            if (!line.endsWith("+}")) {
                send(continuation);
            }
            return readBytes(Integer.parseInt(m.group(1)));
        }

        private boolean fillBuffer() throws IOException {
            if (start == end) {
                start = 0;
                end = 0;
            } else if (end == buf.length) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
                if (end == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
            try {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    return false;
                }
                end += n;
                return true;
            } catch (SocketTimeoutException e) {
                if (scriptDone.getCount() == 0) {
                    return false; // after the script, a quiet client just ends the connection
                }
                fail("no bytes from the client within " + readTimeout);
                return false;
            } catch (IOException e) {
                if (closed) {
                    throw new Stop();
                }
                return false;
            }
        }

        private void expect(Pattern p) throws IOException {
            byte[] l = readLine();
            if (l == null) {
                fail("expected a line matching /" + p.pattern() + "/, the client closed the connection");
            }
            Matcher m = p.matcher(strip(l));
            if (!m.matches()) {
                fail("expected a line matching /" + p.pattern() + "/, got \"" + Ascii.escape(l) + "\"");
            }
            capture(p, m);
        }

        private void capture(Pattern p, Matcher m) {
            Matcher names = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(p.pattern());
            while (names.find()) {
                String v = m.group(names.group(1));
                if (v != null) {
                    groups.put(names.group(1), v);
                }
            }
        }

        private void expectLiteral() throws IOException {
            Matcher m = LITERAL_AT_END.matcher(line);
            if (!m.matches()) {
                fail("expected the last line to announce a literal, it was \"" + Ascii.escape(line) + "\"");
            }
            readBytes(Integer.parseInt(m.group(1)));
        }

        private void expectClosed() throws IOException {
            byte[] l = readLine();
            if (l != null) {
                fail("expected the client to close the connection, got \"" + Ascii.escape(l) + "\"");
            }
        }

        private void trickle(byte[] bytes, Duration interval) throws IOException {
            for (byte b : bytes) {
                send(new byte[] {b});
                try {
                    if (shutdown.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                        throw new Stop();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stop();
                }
            }
        }

        /** Never answers again; returns only when the server closes. */
        public void stall() {
            try {
                shutdown.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new Stop();
        }

        /** Closes the connection (FIN) and ends this session. */
        public void close() {
            closeSocket();
            throw new Stop();
        }

        /** Resets the connection (RST) and ends this session. */
        public void reset() {
            try {
                raw.setSoLinger(true, 0);
            } catch (IOException e) {
                // close anyway
            }
            closeSocket();
            throw new Stop();
        }

        /** The server side of a TLS handshake; a failed handshake ends the session (an event, not a failure). */
        public void startTls() throws IOException {
            if (end > start) {
                events.add("connection " + index + ": the client sent " + (end - start)
                        + " bytes before the TLS handshake: \"" + Ascii.escape(java.util.Arrays.copyOfRange(buf, start, end)) + "\"");
                start = end;
            }
            SSLSocket ssl = (SSLSocket) Tls.context().getSocketFactory()
                    .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            ssl.setUseClientMode(false);
            if (!tlsProtocols.isEmpty()) {
                ssl.setEnabledProtocols(tlsProtocols.toArray(String[]::new));
            }
            try {
                ssl.startHandshake();
            } catch (IOException e) {
                events.add("connection " + index + ": TLS handshake failed: " + e);
                closeSocket();
                throw new Stop();
            }
            String sni = "";
            if (ssl.getSession() instanceof javax.net.ssl.ExtendedSSLSession x && !x.getRequestedServerNames().isEmpty()
                    && x.getRequestedServerNames().get(0) instanceof javax.net.ssl.SNIHostName h) {
                sni = ", SNI " + h.getAsciiName();
            }
            events.add("connection " + index + ": TLS started: " + ssl.getSession().getProtocol() + sni);
            socket = ssl;
            in = ssl.getInputStream();
            out = ssl.getOutputStream();
        }

        private void fail(String what) {
            failed = true;
            failures.add("connection " + index + ", step " + (stepsDone + 1) + ": " + what);
            closeSocket();
            throw new Stop();
        }

        private void closeSocket() {
            try {
                if (socket != raw) {
                    socket.setSoTimeout(100);
                }
                socket.close();
            } catch (IOException e) {
                // nothing to do
            }
            closeQuietly(raw);
        }

        private void run() {
            try {
                raw.setSoTimeout((int) readTimeout.toMillis());
                in = raw.getInputStream();
                out = raw.getOutputStream();
                if (implicitTls) {
                    startTls();
                }
                for (Step step : steps) {
                    if (step.terminal()) {
                        stepsDone++;
                        scriptDone.countDown();
                    }
                    step.run(this);
                    if (!step.terminal()) {
                        stepsDone++;
                    }
                }
                scriptDone.countDown();
                serveRules();
            } catch (Stop stop) {
                // the script ended the session
            } catch (IOException e) {
                if (!closed) {
                    events.add("connection " + index + ": " + e + " at step " + (stepsDone + 1));
                }
            } catch (RuntimeException e) {
                failures.add("connection " + index + ", step " + (stepsDone + 1) + ": " + e);
            } finally {
                scriptDone.countDown();
                closeSocket();
            }
        }

        private void serveRules() throws IOException {
            while (true) {
                byte[] l = readLine();
                if (l == null) {
                    return;
                }
                String text = strip(l);
                boolean served = false;
                for (Rule r : rules) {
                    Matcher m = r.pattern.matcher(text);
                    if (m.matches()) {
                        capture(r.pattern, m);
                        r.responder.respond(this);
                        served = true;
                        break;
                    }
                }
                if (!served) {
                    if (otherwise != null) {
                        otherwise.respond(this);
                    } else if (rules.isEmpty()) {
                        unscripted.add(new ReceivedLine(index, l));
                    } else {
                        failures.add("connection " + index + ": no rule matches \"" + Ascii.escape(l) + "\"");
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface StepRun {
        void run(Session s) throws IOException;
    }

    /** The server's TLS material, loaded once from the shipped PKCS12. */
    private static final class Tls {
        private static SSLContext context;
        private static KeyStore keyStore;

        static synchronized KeyStore keyStore() throws Exception {
            if (keyStore == null) {
                try (InputStream in = ScriptedServer.class.getResourceAsStream(KEYSTORE)) {
                    if (in == null) {
                        throw new IllegalStateException("resource " + KEYSTORE + " missing");
                    }
                    KeyStore ks = KeyStore.getInstance("PKCS12");
                    ks.load(in, KEYSTORE_PASSWORD);
                    keyStore = ks;
                }
            }
            return keyStore;
        }

        static synchronized SSLContext context() throws IOException {
            if (context == null) {
                try {
                    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                    kmf.init(keyStore(), KEYSTORE_PASSWORD);
                    SSLContext ctx = SSLContext.getInstance("TLS");
                    ctx.init(kmf.getKeyManagers(), null, null);
                    context = ctx;
                } catch (Exception e) {
                    throw new IOException("cannot load the scripted server's TLS key from " + KEYSTORE, e);
                }
            }
            return context;
        }
    }
}
