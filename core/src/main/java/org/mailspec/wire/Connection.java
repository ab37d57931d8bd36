package org.mailspec.wire;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;

/**
 * One TCP connection to a server: plain, upgraded in place by STARTTLS/STLS, or TLS from the first
 * byte. Reads are line- and count-based with a deadline per call, so neither silence nor a server
 * trickling bytes can stall past the timeout. Every byte goes to the {@link Transcript}; received
 * bytes are held until {@link #endFrame()} so one response (line plus literals) becomes one entry.
 *
 * <p>A read that times out consumes nothing: the partial bytes stay buffered and a later read
 * continues where it left off. Not thread-safe: one client drives one connection.
 */
public final class Connection implements Closeable {

    private static final int INITIAL_BUFFER = 16 * 1024;
    /** How long closing a TLS connection waits for the server's close_notify. */
    private static final int CLOSE_NOTIFY_WAIT_MILLIS = 200;

    private final String name;
    private final Endpoint endpoint;
    private final ClientOptions options;
    private final Transcript transcript;
    private final SecretMasker masker;

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private TlsSession tls;

    private byte[] buf = new byte[INITIAL_BUFFER];
    private int start;
    private int end;
    private long consumedOffset;
    private final ByteArrayOutputStream pendingReceived = new ByteArrayOutputStream();
    private final List<String> pendingNotes = new ArrayList<>();
    private final List<LoneLineFeed> loneLineFeeds = new ArrayList<>();

    private boolean eof;
    private boolean reset;
    private boolean closedLocally;
    private boolean closeEventRecorded;

    /** A line that ended in LF without CR before it. */
    public record LoneLineFeed(long streamOffset, byte[] line) {
    }

    private Connection(String name, Endpoint endpoint, ClientOptions options, SecretMasker masker) {
        this.name = name;
        this.endpoint = endpoint;
        this.options = options;
        this.transcript = options.transcript();
        this.masker = masker;
    }

    /**
     * Connects, and for {@link TlsMode#IMPLICIT} does the TLS handshake at once.
     *
     * @param protocol names the connection when the options do not ({@code imap} -> {@code imap#1})
     * @param masker hides secrets in what this connection sends
     */
    public static Connection open(Endpoint endpoint, ClientOptions options, String protocol, SecretMasker masker)
            throws WireException {
        Objects.requireNonNull(endpoint, "endpoint");
        String name = options.name().orElseGet(() -> options.transcript().nextConnectionName(protocol));
        Connection c = new Connection(name, endpoint, options, masker);
        c.connect();
        return c;
    }

    private void connect() throws WireException {
        Socket s = new Socket();
        try {
            if (options.bind().isPresent()) {
                InetAddress local = options.bind().get();
                try {
                    s.bind(new InetSocketAddress(local, 0));
                } catch (IOException e) {
                    throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.BIND_FAILED,
                            local.getHostAddress() + ": " + e.getMessage(), e);
                }
            }
            InetSocketAddress remote = new InetSocketAddress(endpoint.host(), endpoint.port());
            if (remote.isUnresolved()) {
                throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.UNKNOWN_HOST,
                        endpoint.host(), null);
            }
            try {
                s.connect(remote, millis(options.timeout()));
            } catch (SocketTimeoutException e) {
                throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.TIMEOUT,
                        "no answer within " + Durations.seconds(options.timeout()), e);
            } catch (NoRouteToHostException e) {
                throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.UNREACHABLE,
                        e.getMessage(), e);
            } catch (UnknownHostException e) {
                throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.UNKNOWN_HOST,
                        e.getMessage(), e);
            } catch (ConnectException e) {
                String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                ConnectFailedException.Reason reason = m.contains("refused") ? ConnectFailedException.Reason.REFUSED
                        : m.contains("timed out") ? ConnectFailedException.Reason.TIMEOUT
                        : m.contains("unreachable") ? ConnectFailedException.Reason.UNREACHABLE
                        : ConnectFailedException.Reason.OTHER;
                throw new ConnectFailedException(name, endpoint, reason, e.getMessage(), e);
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                throw new ConnectFailedException(name, endpoint, m.contains("unreachable")
                        ? ConnectFailedException.Reason.UNREACHABLE : ConnectFailedException.Reason.OTHER,
                        e.getMessage(), e);
            }
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
            transcript.event(name, "connected to " + WireException.hostPort(endpoint) + " from "
                    + s.getLocalAddress().getHostAddress() + ":" + s.getLocalPort());
            if (endpoint.tls() == TlsMode.IMPLICIT) {
                handshake();
            }
        } catch (WireException e) {
            closeQuietly(s);
            if (e instanceof ConnectFailedException) {
                transcript.event(name, e.getMessage());
            }
            throw e;
        } catch (IOException e) {
            closeQuietly(s);
            throw new ConnectFailedException(name, endpoint, ConnectFailedException.Reason.OTHER, e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The deadline of each read and write unless a call gives its own. */
    public Duration timeout() {
        return options.timeout();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** The negotiated TLS session, once TLS is up (implicit or after {@link #startTls()}). */
    public Optional<TlsSession> tlsSession() {
        return Optional.ofNullable(tls);
    }

    /** Lines that ended in a lone LF, in arrival order. */
    public List<LoneLineFeed> loneLineFeeds() {
        return List.copyOf(loneLineFeeds);
    }

    /** Bytes received but not yet read by the client. */
    public boolean hasBufferedInput() {
        return end > start;
    }

    /** Neither closed by us nor known to be closed by the server. */
    public boolean isOpen() {
        return !closedLocally && !eof && !reset;
    }

    // ---------------------------------------------------------------- reading

    /** Reads one line, CRLF (or a lone LF) included, within the connection's timeout. */
    public byte[] readLine(int maxLength) throws WireException {
        return readLine(maxLength, "a line", options.timeout());
    }

    public byte[] readLine(int maxLength, String awaiting) throws WireException {
        return readLine(maxLength, awaiting, options.timeout());
    }

    /**
     * Reads one line up to and including its LF. A line ending in LF without CR is returned as is and
     * recorded in {@link #loneLineFeeds()} and the transcript.
     *
     * @param maxLength the longest acceptable line, LF included
     * @param awaiting what the caller waits for, for messages ("the greeting")
     * @throws ReadTimeoutException no complete line before the deadline (nothing consumed)
     * @throws ConnectionClosedException the server closed or reset the connection first
     * @throws LineTooLongException more than {@code maxLength} bytes without LF (nothing consumed)
     */
    public byte[] readLine(int maxLength, String awaiting, Duration timeout) throws WireException {
        return readLine(maxLength, awaiting, Deadline.after(timeout));
    }

    /** {@link #readLine(int, String, Duration)} against a deadline shared with other reads. */
    public byte[] readLine(int maxLength, String awaiting, Deadline deadline) throws WireException {
        int scanned = 0;
        while (true) {
            // offsets relative to start: filling may compact the buffer and move start
            int lf = indexOf((byte) '\n', start + scanned, end);
            if (lf >= 0) {
                int length = lf + 1 - start;
                if (length > maxLength) {
                    throw tooLong(awaiting, maxLength);
                }
                byte[] line = take(length);
                if (length < 2 || line[length - 2] != '\r') {
                    loneLineFeeds.add(new LoneLineFeed(consumedOffset - length, line));
                    pendingNotes.add("lone LF: the line above ends in LF without CR");
                }
                return line;
            }
            if (end - start >= maxLength) {
                throw tooLong(awaiting, maxLength);
            }
            scanned = end - start;
            fill(deadline, awaiting, Math.min(maxLength, Math.max(INITIAL_BUFFER, end - start + 1)));
        }
    }

    /** Reads exactly {@code n} bytes within the connection's timeout. */
    public byte[] readExactly(int n) throws WireException {
        return readExactly(n, n + " bytes", options.timeout());
    }

    public byte[] readExactly(int n, String awaiting) throws WireException {
        return readExactly(n, awaiting, options.timeout());
    }

    /**
     * Reads exactly {@code n} bytes (a literal).
     *
     * @throws ReadTimeoutException fewer than n bytes before the deadline (nothing consumed)
     * @throws ConnectionClosedException the server closed or reset the connection first
     */
    public byte[] readExactly(int n, String awaiting, Duration timeout) throws WireException {
        return readExactly(n, awaiting, Deadline.after(timeout));
    }

    /** {@link #readExactly(int, String, Duration)} against a deadline shared with other reads. */
    public byte[] readExactly(int n, String awaiting, Deadline deadline) throws WireException {
        if (n < 0) {
            throw new IllegalArgumentException("negative count " + n);
        }
        while (end - start < n) {
            fill(deadline, awaiting, n);
        }
        return take(n);
    }

    private byte[] take(int n) {
        byte[] b = java.util.Arrays.copyOfRange(buf, start, start + n);
        start += n;
        consumedOffset += n;
        pendingReceived.writeBytes(b);
        if (start == end) {
            start = 0;
            end = 0;
        }
        return b;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private LineTooLongException tooLong(String awaiting, int maxLength) {
        byte[] head = java.util.Arrays.copyOfRange(buf, start, start + Math.min(120, end - start));
        event("line over " + maxLength + " bytes while awaiting " + awaiting);
        return new LineTooLongException(name, endpoint, awaiting, maxLength, head);
    }

    /** Reads at least one more byte into the buffer, or throws. */
    private void fill(Deadline deadline, String awaiting, int want) throws WireException {
        Duration timeout = deadline.budget();
        int r = read0(deadline.nanoTime(), want);
        if (r > 0) {
            return;
        }
        byte[] partial = java.util.Arrays.copyOfRange(buf, start, end);
        if (r == 0) {
            event("timeout after " + Durations.seconds(timeout) + " awaiting " + awaiting
                    + (partial.length == 0 ? "" : "; " + partial.length + " bytes pending: \"" + WireException.excerpt(partial) + "\""));
            throw new ReadTimeoutException(name, endpoint, awaiting, timeout, partial);
        }
        recordClose();
        throw new ConnectionClosedException(name, endpoint, "awaiting " + awaiting, reset, partial, null);
    }

    /**
     * One read from the socket into the buffer. Returns the byte count, 0 when the deadline passed,
     * -1 at end of stream or reset (see {@link #reset}).
     */
    private int read0(long deadline, int want) throws WireException {
        if (closedLocally) {
            throw new IllegalStateException(name + " is closed");
        }
        if (eof || reset) {
            return -1;
        }
        ensureRoom(want);
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return 0;
            }
            try {
                socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(remaining))));
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                    return -1;
                }
                if (n > 0) {
                    end += n;
                    return n;
                }
            } catch (SocketTimeoutException e) {
                // loop: the deadline decides
            } catch (IOException e) {
                if (closedLocally) {
                    throw new IllegalStateException(name + " is closed");
                }
                reset = !(e instanceof EOFException);
                eof = !reset;
                return -1;
            }
        }
    }

    /** Makes room after {@code end} so the buffer can hold {@code want} unread bytes (and at least one more). */
    private void ensureRoom(int want) {
        int need = Math.max(1, want - (end - start));
        if (buf.length - end >= need) {
            return;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (buf.length - end < need) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, end + need));
        }
    }

    /**
     * Records the bytes read since the last call as one server entry (one response: a line plus its
     * literals), and any lone-LF note after it.
     */
    public Optional<Transcript.Data> endFrame() {
        Optional<Transcript.Data> d = Optional.empty();
        if (pendingReceived.size() > 0) {
            byte[] bytes = pendingReceived.toByteArray();
            pendingReceived.reset();
            masker.observeServer(bytes);
            d = Optional.of(transcript.received(name, bytes));
        }
        for (String note : pendingNotes) {
            transcript.event(name, note);
        }
        pendingNotes.clear();
        return d;
    }

    /** Records an event on this connection, after any bytes read so far. */
    public void event(String text) {
        endFrame();
        transcript.event(name, text);
    }

    private void recordClose() {
        if (!closeEventRecorded) {
            closeEventRecorded = true;
            event(reset ? "connection reset by peer" : "connection closed by peer");
        }
    }

    /**
     * Waits until the server closes the connection or the timeout passes, reading (and recording)
     * whatever arrives meanwhile. Never throws for a close or a timeout: it reports which happened.
     */
    public CloseObservation awaitClose(Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        CloseObservation.Outcome outcome;
        while (true) {
            if (end > start) {
                got.writeBytes(take(end - start));
            }
            int r;
            try {
                r = read0(deadline, INITIAL_BUFFER);
            } catch (WireException e) {
                r = -1;
            }
            if (r == 0) {
                outcome = CloseObservation.Outcome.STILL_OPEN;
                break;
            }
            if (r < 0) {
                outcome = reset ? CloseObservation.Outcome.RESET : CloseObservation.Outcome.CLOSED;
                break;
            }
        }
        CloseObservation o = new CloseObservation(outcome, got.toByteArray(), Duration.ofNanos(System.nanoTime() - t0));
        endFrame();
        if (o.closed()) {
            recordClose();
        } else {
            event("still open after " + Durations.seconds(timeout) + " waiting for the server to close");
        }
        return o;
    }

    // ---------------------------------------------------------------- writing

    public void write(byte[] bytes) throws WireException {
        write(bytes, bytes.length + " bytes");
    }

    /**
     * Sends the bytes exactly, within the timeout; if the server stops reading so the write blocks
     * past it, the connection is closed and {@link WriteTimeoutException} thrown.
     *
     * @param what names the bytes for messages ("the command A001 LOGIN")
     */
    public void write(byte[] bytes, String what) throws WireException {
        if (closedLocally) {
            throw new IllegalStateException(name + " is closed");
        }
        endFrame();
        byte[] shown = masker.maskClient(bytes);
        if (shown.length > 0) {
            transcript.sent(name, shown);
        }
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = Watchdog.schedule(() -> {
            fired.set(true);
            closeQuietly(socket);
        }, options.timeout());
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            if (fired.get()) {
                closedLocally = true;
                event("write timed out after " + Durations.seconds(options.timeout()) + "; connection closed");
                throw new WriteTimeoutException(name, endpoint, what, options.timeout());
            }
            reset = true;
            recordClose();
            throw new ConnectionClosedException(name, endpoint, "sending " + what, true, new byte[0], e);
        } finally {
            watchdog.cancel(false);
        }
    }

    // ---------------------------------------------------------------- TLS

    /**
     * Upgrades the connection to TLS in place, after the server answered STARTTLS/STLS with OK. Bytes
     * the server sent after that OK and before the handshake are taken out (never fed into TLS) and
     * returned as {@link TlsUpgrade#bufferedPlaintext()}.
     */
    public TlsUpgrade startTls() throws WireException {
        if (tls != null) {
            throw new IllegalStateException(name + " already uses TLS");
        }
        endFrame();
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        early.write(buf, start, end - start);
        start = 0;
        end = 0;
        try {
            int avail;
            while (!eof && (avail = in.available()) > 0) {
                byte[] more = new byte[avail];
                int n = in.read(more);
                if (n < 0) {
                    break;
                }
                early.write(more, 0, n);
            }
        } catch (IOException e) {
            // the handshake will report it
        }
        byte[] plaintext = early.toByteArray();
        if (plaintext.length > 0) {
            transcript.received(name, plaintext);
            transcript.event(name, plaintext.length + " bytes arrived after the TLS go-ahead and before the handshake"
                    + " (plaintext injection); kept out of TLS");
        }
        handshake();
        return new TlsUpgrade(plaintext, tls.protocol(), tls.cipherSuite(), tls.peerCertificates());
    }

    private void handshake() throws WireException {
        TlsOptions t = options.tls();
        String peerHost = t.serverName().orElse(endpoint.host());
        SSLSocket ssl;
        AtomicBoolean fired = new AtomicBoolean();
        Socket plain = socket;
        ScheduledFuture<?> watchdog = Watchdog.schedule(() -> {
            fired.set(true);
            closeQuietly(plain);
        }, options.timeout());
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, trustManagers(t), null);
            ssl = (SSLSocket) ctx.getSocketFactory().createSocket(plain, peerHost, endpoint.port(), true);
            ssl.setUseClientMode(true);
            SSLParameters p = ssl.getSSLParameters();
            if (!t.protocols().isEmpty()) {
                p.setProtocols(t.protocols().toArray(String[]::new));
            }
            if (!t.insecure()) {
                p.setEndpointIdentificationAlgorithm("HTTPS");
            }
            if (!isIpLiteral(peerHost)) {
                p.setServerNames(List.of(new SNIHostName(peerHost)));
            }
            ssl.setSSLParameters(p);
            ssl.setSoTimeout(millis(options.timeout()));
            ssl.startHandshake();
            SSLSession session = ssl.getSession();
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    chain.add(x);
                }
            }
            tls = new TlsSession(session.getProtocol(), session.getCipherSuite(), chain);
        } catch (GeneralSecurityException e) {
            throw tlsFailure(TlsHandshakeException.Reason.OTHER, e.toString(), e);
        } catch (IllegalArgumentException e) {
            throw tlsFailure(TlsHandshakeException.Reason.PROTOCOL_DISABLED_LOCALLY, e.getMessage(), e);
        } catch (IOException e) {
            if (fired.get()) {
                throw tlsFailure(TlsHandshakeException.Reason.TIMEOUT,
                        "no handshake within " + Durations.seconds(options.timeout()), e);
            }
            throw tlsFailure(classify(e), oneLine(e), e);
        } finally {
            watchdog.cancel(false);
        }
        socket = ssl;
        try {
            in = ssl.getInputStream();
            out = ssl.getOutputStream();
        } catch (IOException e) {
            throw tlsFailure(TlsHandshakeException.Reason.OTHER, oneLine(e), e);
        }
        X509Certificate leaf = tls.peerCertificates().isEmpty() ? null : tls.peerCertificates().get(0);
        transcript.event(name, "TLS started: " + tls.protocol() + " " + tls.cipherSuite()
                + (leaf == null ? "" : ", certificate " + leaf.getSubjectX500Principal().getName()));
    }

    private TlsHandshakeException tlsFailure(TlsHandshakeException.Reason reason, String detail, Throwable cause) {
        TlsHandshakeException e = new TlsHandshakeException(name, endpoint, reason, detail, cause);
        transcript.event(name, e.getMessage());
        closeQuietly(socket);
        closedLocally = true;
        return e;
    }

    static TlsHandshakeException.Reason classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || t instanceof java.security.cert.CertificateExpiredException
                    || m.contains("PKIX path") || m.contains("unable to find valid certification path")) {
                return TlsHandshakeException.Reason.CERTIFICATE_NOT_TRUSTED;
            }
            if (t instanceof CertificateException && (m.contains("No subject alternative") || m.contains("No name matching"))) {
                return TlsHandshakeException.Reason.HOSTNAME_MISMATCH;
            }
            if (m.contains("No appropriate protocol")) {
                return TlsHandshakeException.Reason.PROTOCOL_DISABLED_LOCALLY;
            }
            if (m.contains("Received fatal alert")) {
                return TlsHandshakeException.Reason.REFUSED_BY_SERVER;
            }
            if (m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext connection")) {
                return TlsHandshakeException.Reason.NOT_TLS;
            }
            if (m.contains("Remote host terminated") || t instanceof EOFException
                    || (t instanceof SocketException && !(t instanceof SSLException))) {
                return TlsHandshakeException.Reason.CLOSED_BY_SERVER;
            }
            if (t instanceof SocketTimeoutException) {
                return TlsHandshakeException.Reason.TIMEOUT;
            }
        }
        return TlsHandshakeException.Reason.OTHER;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            m += " <- " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return m.replace('\n', ' ');
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static TrustManager[] trustManagers(TlsOptions t) throws GeneralSecurityException {
        if (t.insecure()) {
            return new TrustManager[] {TrustAll.INSTANCE};
        }
        if (t.trustStore().isPresent()) {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(t.trustStore().get());
            return f.getTrustManagers();
        }
        return null;
    }

    /** Accepts every certificate and host name: {@code tls.insecure=true}. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        static final TrustAll INSTANCE = new TrustAll();

        @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) { }
        @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) { }
        @Override public void checkClientTrusted(X509Certificate[] c, String a) { }
        @Override public void checkServerTrusted(X509Certificate[] c, String a) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    // ---------------------------------------------------------------- closing

    /** Closes the socket; records what the masker held back and a "closed by client" event. */
    @Override
    public void close() {
        if (closedLocally) {
            return;
        }
        byte[] held = masker.flush();
        if (held.length > 0) {
            transcript.sent(name, held);
        }
        endFrame();
        if (isOpen()) {
            transcript.event(name, "closed by client");
        }
        closedLocally = true;
        if (socket instanceof SSLSocket) {
            try {
                // closing sends close_notify and then drains the input for the peer's: bound that wait
                socket.setSoTimeout(CLOSE_NOTIFY_WAIT_MILLIS);
            } catch (IOException e) {
                // closing anyway
            }
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            if (s != null) {
                s.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    /** One daemon timer thread, created on demand and gone after a second idle. */
    private static final class Watchdog {
        private static final ScheduledThreadPoolExecutor TIMER;

        static {
            TIMER = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "mailspec-wire-watchdog");
                t.setDaemon(true);
                return t;
            });
            TIMER.setKeepAliveTime(1, TimeUnit.SECONDS);
            TIMER.allowCoreThreadTimeOut(true);
            TIMER.setRemoveOnCancelPolicy(true);
        }

        static ScheduledFuture<?> schedule(Runnable r, Duration after) {
            return TIMER.schedule(r, after.toNanos(), TimeUnit.NANOSECONDS);
        }
    }
}
