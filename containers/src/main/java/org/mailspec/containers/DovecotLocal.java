package org.mailspec.containers;

import org.mailspec.target.TargetUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;

/**
 * The Dovecot configuration of the image ({@code containers/dovecot/mailspec.conf}) run as a
 * local process: {@code dovecot -F -c <run>/dovecot.conf}, where {@code dovecot.conf} includes
 * mailspec.conf with its {@code /srv/mailspec} paths moved into the run directory, and changes only
 * what a local process must: listen address and ports (free ones on 127.0.0.1), base_dir,
 * state_dir, and the users processes and mail run as.
 *
 * <p>Each start gets a fresh run directory, by default {@code target/dovecot-local/<run>/} of the
 * working directory (the module's, under Maven) holding {@code dovecot.conf}, the users file, the
 * self-signed certificate ({@code tls/}), the Maildirs ({@code mail/}), the logs ({@code log/}) and
 * the sockets ({@code run/}; in the temp directory instead when that path is too long for a Unix
 * socket). The process stops on {@link #close()}, and by a shutdown hook if the JVM ends first; a
 * run whose JVM was killed is stopped by the next start in the same directory.
 *
 * <p>As root (CI), Debian's {@code dovecot} and {@code dovenull} users run the internal and login
 * processes as in a stock install, and mail belongs to {@code nobody}. As a normal user, every
 * process runs as that user and the login processes are not chrooted.
 */
public final class DovecotLocal implements LoopbackTarget {

    public static final String NAME = "dovecot-local";

    /** The default local address connections come from; see {@link #clientBind()}. */
    public static final String DEFAULT_CLIENT_BIND = "127.0.0.2";

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_BASE_DIR_LENGTH = 70;
    private static final int LOG_TAIL_LINES = 25;
    private static final int START_ATTEMPTS = 3;

    private final Launcher launcher;
    private final Path runDir;
    private final Path config;
    private final Path baseDir;
    private final boolean baseDirIsTemporary;
    private final Ports ports;
    private final Process process;
    private final Thread shutdownHook;
    private volatile Duration startupTime = Duration.ZERO;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DovecotLocal(Launcher launcher, Path runDir, Path config, Path baseDir, boolean baseDirIsTemporary,
            Ports ports, Process process) {
        this.launcher = launcher;
        this.runDir = runDir;
        this.config = config;
        this.baseDir = baseDir;
        this.baseDirIsTemporary = baseDirIsTemporary;
        this.ports = ports;
        this.process = process;
        this.shutdownHook = new Thread(this::stopProcess, "dovecot-local shutdown " + runDir.getFileName());
    }

    /** A launcher for this binary with every option at its default. */
    public static Launcher launcher(DovecotBinary binary) {
        return new Launcher(binary);
    }

    /**
     * Starts dovecot-local as the settings say: the binary ({@code dovecot.binary} or PATH),
     * {@code dovecot.variant}, {@code timeout.seconds}, {@code client.bind} ({@code none} for none).
     *
     * @throws TargetUnavailableException when there is no dovecot binary
     * @throws TargetStartException when it is there but does not start
     */
    public static DovecotLocal start(Settings settings, String resolvedBecause) {
        DovecotBinary binary = DovecotBinary.find(settings).orElseThrow(() -> new TargetUnavailableException(
                "target=dovecot-local: no dovecot binary on PATH, /usr/sbin or /usr/local/sbin "
                        + "(install Debian's dovecot-imapd and dovecot-pop3d, or set dovecot.binary)"));
        Launcher l = launcher(binary).variant(Variant.from(settings)).resolvedBecause(resolvedBecause)
                .timeout(settings.timeout());
        Optional<String> bind = settings.get("client.bind");
        if (bind.isPresent()) {
            l.clientBind(bind.get().equalsIgnoreCase("none") ? Optional.empty() : bind);
        }
        return l.start();
    }

    /** Options for one dovecot-local, in the fluent style of Testcontainers. */
    public static final class Launcher {
        private final DovecotBinary binary;
        private Path runsDir = Path.of(System.getProperty("user.dir"), "target", "dovecot-local");
        private Variant variant = Variant.STANDARD;
        private String resolvedBecause = "target=dovecot-local";
        private Duration timeout = Duration.ofSeconds(10);
        private Duration startTimeout = Duration.ofSeconds(30);
        private Optional<String> clientBind;

        private Launcher(DovecotBinary binary) {
            this.binary = binary;
        }

        /** The directory that holds one sub-directory per run; default {@code target/dovecot-local}. */
        public Launcher runsDir(Path dir) {
            this.runsDir = dir.toAbsolutePath().normalize();
            return this;
        }

        public Launcher variant(Variant v) {
            this.variant = v;
            return this;
        }

        public Launcher misconfigured() {
            return variant(Variant.MISCONFIGURED);
        }

        public Launcher resolvedBecause(String reason) {
            this.resolvedBecause = reason;
            return this;
        }

        /** The read and connect timeout the harness uses ({@link Target#timeout()}). */
        public Launcher timeout(Duration t) {
            this.timeout = t;
            return this;
        }

        /** How long Dovecot may take to greet on IMAP and POP3; default 30 s. */
        public Launcher startTimeout(Duration t) {
            this.startTimeout = t;
            return this;
        }

        /** The address connections should come from; default 127.0.0.2 where it can be bound. */
        public Launcher clientBind(Optional<String> address) {
            this.clientBind = address;
            return this;
        }

        public DovecotLocal start() {
            return DovecotLocal.start(copy());
        }

        private Launcher copy() {
            Launcher c = new Launcher(binary);
            c.runsDir = runsDir;
            c.variant = variant;
            c.resolvedBecause = resolvedBecause;
            c.timeout = timeout;
            c.startTimeout = startTimeout;
            c.clientBind = clientBind;
            return c;
        }
    }

    private static DovecotLocal start(Launcher l) {
        if (l.clientBind == null) {
            l.clientBind = canBind(DEFAULT_CLIENT_BIND) ? Optional.of(DEFAULT_CLIENT_BIND) : Optional.empty();
        }
        Path runsDir = pathDovecotCanUse(l.runsDir) ? l.runsDir
                : Path.of(System.getProperty("java.io.tmpdir"), "mailspec-dovecot-local").toAbsolutePath();
        try {
            Files.createDirectories(runsDir);
            reapStale(runsDir);
        } catch (IOException e) {
            throw new TargetStartException("dovecot-local: cannot create " + runsDir + ": " + e.getMessage(), e);
        }
        TargetStartException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(l, runsDir);
            } catch (PortTaken e) {
                last = e.failure;
            }
        }
        throw last;
    }

    /** Dovecot could not bind a port that was free a moment before: try again with new ones. */
    private static final class PortTaken extends Exception {
        final TargetStartException failure;

        PortTaken(TargetStartException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private static DovecotLocal startOnce(Launcher l, Path runsDir) throws PortTaken {
        long t0 = System.nanoTime();
        Path runDir;
        Path baseDir;
        boolean tempBaseDir;
        Ports ports;
        Path config;
        try {
            runDir = newRunDir(runsDir);
            Path candidate = runDir.resolve("run");
            tempBaseDir = candidate.toString().length() > MAX_BASE_DIR_LENGTH;
            baseDir = tempBaseDir ? Files.createTempDirectory(shortTempDir(), "mailspec-dc-") : candidate;
            for (String dir : List.of("log", "mail", "state", "tls")) {
                createDirectory(runDir.resolve(dir));
            }
            if (!tempBaseDir) {
                createDirectory(baseDir);
            }
            Files.setPosixFilePermissions(baseDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            ports = freePorts();
            Identity identity = Identity.of(runDir);
            if (identity.root()) {
                requireReachableByOthers(runDir);
            }
            writeConfiguration(runDir, l.variant, identity);
            identity.ownMail(runDir.resolve("mail"));
            Certificates.selfSigned(runDir.resolve("tls"));
            writeLmtp(l.binary, runDir, ports);
            config = runDir.resolve("dovecot.conf");
            Files.writeString(config, localConfig(runDir, baseDir, ports, identity));
        } catch (IOException e) {
            throw new TargetStartException("dovecot-local: preparing the run directory failed: " + e.getMessage(), e);
        }

        Path stdout = runDir.resolve("log/stdout.log");
        Process process;
        try {
            process = new ProcessBuilder(l.binary.path().toString(), "-F", "-c", config.toString())
                    .directory(runDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(stdout.toFile())
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new TargetStartException("dovecot-local: cannot run " + l.binary.path() + ": " + e.getMessage(), e);
        }
        writePids(runDir, process, config);
        DovecotLocal target = new DovecotLocal(l, runDir, config, baseDir, tempBaseDir, ports, process);
        Runtime.getRuntime().addShutdownHook(target.shutdownHook);

        try {
            java.util.function.Supplier<Optional<String>> exited = () -> process.isAlive() ? Optional.empty()
                    : Optional.of("dovecot exited with status " + process.exitValue());
            long deadline = System.nanoTime() + l.startTimeout.toNanos();
            GreetingWait.await(NAME + " IMAP", "127.0.0.1", ports.imap(), "* OK", l.startTimeout, exited);
            GreetingWait.await(NAME + " POP3", "127.0.0.1", ports.pop3(), "+OK",
                    Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), exited);
        } catch (TargetStartException e) {
            target.close();
            String tail = tail(runDir.resolve("log/dovecot.log")) + tail(stdout);
            TargetStartException failure = new TargetStartException(e.getMessage() + " (run directory " + runDir
                    + "); the end of its log:\n" + tail);
            if (tail.contains("Address already in use")) {
                throw new PortTaken(failure);
            }
            throw failure;
        }
        target.startupTime = Duration.ofNanos(System.nanoTime() - t0);
        return target;
    }

    // ---- configuration ------------------------------------------------------------------------

    private static void writeConfiguration(Path runDir, Variant variant, Identity identity) throws IOException {
        String root = runDir.toString();
        Files.writeString(runDir.resolve("mailspec.conf"),
                DovecotResources.text("mailspec.conf").replace(DovecotResources.ROOT, root));
        writeReadable(runDir.resolve("users"), DovecotResources.text("users"));
        if (variant.file().isPresent()) {
            Files.writeString(runDir.resolve("variant.conf"),
                    DovecotResources.text(variant.file().get()).replace(DovecotResources.ROOT, root));
        }
        if (variant == Variant.MISCONFIGURED) {
            writeReadable(runDir.resolve("anonymous-users"), DovecotResources.text("anonymous-users"));
        }
    }

    /**
     * LMTP on TCP when Debian's dovecot-lmtpd is installed (its protocol file enables lmtp): the
     * stock service listens on a unix socket only, and the harness delivers fixtures over TCP.
     * Without the package there is no lmtp.conf and the target offers no LMTP.
     */
    private static void writeLmtp(DovecotBinary binary, Path runDir, Ports ports) throws IOException {
        Path lmtp = runDir.resolve("lmtp.conf");
        Files.deleteIfExists(lmtp);
        Command protocols = Command.run(List.of(binary.path().toString(), "-c", runDir.resolve("mailspec.conf").toString(),
                "-a"), Duration.ofSeconds(15));
        boolean enabled = protocols.succeeded() && protocols.output().lines()
                .anyMatch(line -> line.matches("protocols = .*\\blmtp\\b.*"));
        if (enabled) {
            Files.writeString(lmtp, "# Generated by mailspec dovecot-local: LMTP on a free loopback port.\n"
                    + "service lmtp {\n  inet_listener lmtp {\n    address = 127.0.0.1\n    port = " + ports.lmtp()
                    + "\n  }\n}\n");
        }
    }

    private static void writeReadable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    static String localConfig(Path runDir, Path baseDir, Ports ports, Identity identity) {
        StringBuilder c = new StringBuilder();
        c.append("# Generated by mailspec dovecot-local. mailspec.conf is containers/dovecot/mailspec.conf with\n")
         .append("# /srv/mailspec replaced by this directory; below it only what a local process must change.\n")
         .append("!include ").append(runDir.resolve("mailspec.conf")).append("\n\n")
         .append("# Loopback only, on ports that were free (stock: listen = *, :: on 143 993 110 995).\n")
         .append("listen = 127.0.0.1\n")
         .append("service imap-login {\n")
         .append("  inet_listener imap {\n    port = ").append(ports.imap()).append("\n  }\n")
         .append("  inet_listener imaps {\n    port = ").append(ports.imaps()).append("\n  }\n")
         .append(identity.root() ? "" : "  chroot =\n")
         .append("}\n")
         .append("service pop3-login {\n")
         .append("  inet_listener pop3 {\n    port = ").append(ports.pop3()).append("\n  }\n")
         .append("  inet_listener pop3s {\n    port = ").append(ports.pop3s()).append("\n  }\n")
         .append(identity.root() ? "" : "  chroot =\n")
         .append("}\n\n")
         .append("# This instance's sockets, pid file and state, not the system's /run/dovecot and /var/lib/dovecot.\n")
         .append("base_dir = ").append(baseDir).append("\n")
         .append("state_dir = ").append(runDir.resolve("state")).append("\n")
         .append("instance_name = mailspec-").append(runDir.getFileName()).append("\n\n")
         .append("# The owner of the test mail (the image's vmail user does not exist here).\n")
         .append("mail_uid = ").append(identity.mailUid()).append("\n")
         .append("mail_gid = ").append(identity.mailGid()).append("\n");
        if (!identity.root()) {
            c.append("\n# Not root: every process runs as ").append(identity.user())
             .append(", and nothing is chrooted (chroot needs root).\n")
             .append("default_internal_user = ").append(identity.user()).append("\n")
             .append("default_internal_group = ").append(identity.group()).append("\n")
             .append("default_login_user = ").append(identity.user()).append("\n")
             .append("service anvil {\n  chroot =\n}\n");
        }
        return c.toString();
    }

    /** Who Dovecot runs as and who owns the mail. */
    record Identity(boolean root, String user, String group, int mailUid, int mailGid) {

        static Identity of(Path ownedByUs) throws IOException {
            int uid = (Integer) Files.getAttribute(ownedByUs, "unix:uid");
            if (uid == 0) {
                int[] nobody = passwdIds("nobody").orElse(new int[] {65534, 65534});
                return new Identity(true, "root", "root", nobody[0], nobody[1]);
            }
            int gid = (Integer) Files.getAttribute(ownedByUs, "unix:gid");
            PosixFileAttributes attrs = Files.readAttributes(ownedByUs, PosixFileAttributes.class);
            return new Identity(false, attrs.owner().getName(), attrs.group().getName(), uid, gid);
        }

        void ownMail(Path mail) throws IOException {
            if (root) {
                Files.setAttribute(mail, "unix:uid", mailUid);
                Files.setAttribute(mail, "unix:gid", mailGid);
            }
        }

        private static Optional<int[]> passwdIds(String name) throws IOException {
            Path passwd = Path.of("/etc/passwd");
            if (!Files.isReadable(passwd)) {
                return Optional.empty();
            }
            for (String line : Files.readAllLines(passwd)) {
                String[] f = line.split(":");
                if (f.length > 3 && f[0].equals(name)) {
                    try {
                        return Optional.of(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Dovecot's config has no quoting for paths with spaces, and expands % in some of them. */
    static boolean pathDovecotCanUse(Path p) {
        return p.toString().matches("[A-Za-z0-9/._+-]+");
    }

    private static Path newRunDir(Path runsDir) throws IOException {
        String stamp = LocalDateTime.now().format(RUN_ID);
        for (int i = 1; ; i++) {
            Path dir = runsDir.resolve(stamp + "-" + i);
            try {
                Files.createDirectory(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                return dir;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // next number
            }
        }
    }

    /**
     * As root, Dovecot's auth, login and mail processes run as other users (dovecot, dovenull,
     * nobody) and must reach the users file, the sockets and the Maildirs.
     */
    private static void requireReachableByOthers(Path runDir) throws IOException {
        for (Path p = runDir; p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new TargetStartException("dovecot-local: Dovecot's unprivileged processes (users dovecot, "
                        + "dovenull, nobody) cannot reach the run directory " + runDir + ": " + p + " has mode "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
                        + "; choose a runs directory every user may traverse");
            }
        }
    }

    /** /tmp where there is one: java.io.tmpdir can itself be too long for socket paths (macOS). */
    private static Path shortTempDir() {
        Path tmp = Path.of("/tmp");
        return Files.isDirectory(tmp) && Files.isWritable(tmp) ? tmp : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void createDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Ports freePorts() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ServerSocket s = new ServerSocket();
                sockets.add(s);
                s.bind(new InetSocketAddress(loopback, 0));
            }
            return new Ports(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
                    sockets.get(2).getLocalPort(), sockets.get(3).getLocalPort(), sockets.get(4).getLocalPort());
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    static boolean canBind(String address) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- stale runs ---------------------------------------------------------------------------

    private static void writePids(Path runDir, Process process, Path config) {
        try {
            Files.writeString(runDir.resolve("pids"), "jvm=" + ProcessHandle.current().pid() + "\ndovecot="
                    + process.pid() + "\nconfig=" + config + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the Dovecot of an earlier run whose JVM died without stopping it. */
    private static void reapStale(Path runsDir) throws IOException {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(runsDir)) {
            for (Path run : runs) {
                Path pids = run.resolve("pids");
                if (!Files.isRegularFile(pids)) {
                    continue;
                }
                long jvm = -1;
                long dovecot = -1;
                String config = "";
                for (String line : Files.readAllLines(pids)) {
                    if (line.startsWith("jvm=")) {
                        jvm = Long.parseLong(line.substring(4).trim());
                    } else if (line.startsWith("dovecot=")) {
                        dovecot = Long.parseLong(line.substring(8).trim());
                    } else if (line.startsWith("config=")) {
                        config = line.substring(7).trim();
                    }
                }
                boolean ownerAlive = ProcessHandle.of(jvm).map(ProcessHandle::isAlive).orElse(false);
                if (ownerAlive) {
                    continue;
                }
                String cfg = config;
                ProcessHandle.of(dovecot)
                        .filter(h -> h.info().commandLine().map(c -> !cfg.isEmpty() && c.contains(cfg)).orElse(false))
                        .ifPresent(h -> {
                            h.destroy();
                            h.onExit().completeOnTimeout(h, 10, TimeUnit.SECONDS).join();
                            if (h.isAlive()) {
                                h.destroyForcibly();
                            }
                        });
                Files.deleteIfExists(pids);
            }
        } catch (NumberFormatException e) {
            // a damaged pids file: nothing to reap
        }
    }

    // ---- stopping -----------------------------------------------------------------------------

    /** Stops Dovecot and every process it started; the run directory (logs, mail) stays. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs stopProcess itself
        }
        stopProcess();
    }

    private void stopProcess() {
        List<ProcessHandle> children = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        // Dovecot's children leave when their master does; any that linger after 5 s are killed
        for (ProcessHandle child : children) {
            if (!awaitExit(child, 5) && child.destroyForcibly()) {
                awaitExit(child, 5);
            }
        }
        try {
            Files.deleteIfExists(runDir.resolve("pids"));
            if (baseDirIsTemporary) {
                deleteTree(baseDir);
            }
        } catch (IOException e) {
            // leftovers in the run directory or /tmp do no harm
        }
    }

    private static boolean awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()))
                    + (lines.isEmpty() ? "" : "\n");
        } catch (IOException | UncheckedIOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")\n";
        }
    }

    // ---- Target -------------------------------------------------------------------------------

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String resolvedBecause() {
        return launcher.resolvedBecause;
    }

    @Override
    public Ports ports() {
        return ports;
    }

    @Override
    public TlsMode plainTls() {
        return TlsMode.STARTTLS;
    }

    @Override
    public Optional<Endpoint> smtp() {
        return Optional.empty();
    }

    /** LMTP on a free loopback port, when dovecot-lmtpd is installed. */
    @Override
    public Optional<Endpoint> lmtp() {
        return Files.exists(runDir.resolve("lmtp.conf"))
                ? Optional.of(new Endpoint(HOST, ports.lmtp(), TlsMode.NONE)) : Optional.empty();
    }

    @Override
    public List<Account> accounts() {
        return TestAccounts.all();
    }

    @Override
    public Duration timeout() {
        return launcher.timeout;
    }

    @Override
    public Optional<Path> serverLog() {
        return Optional.of(runDir.resolve("log/dovecot.log"));
    }

    /**
     * {@code dovecot}, {@code dovecot-local}, the variant's name unless standard ({@code misconfigured},
     * {@code inbox-prefix}, {@code slash}), and
     * {@code loopback-trusted} when no other loopback address could be bound: Dovecot then sees
     * the client's address equal to its own and allows plaintext login without TLS.
     */
    @Override
    public Set<String> traits() {
        Set<String> t = new LinkedHashSet<>(List.of("dovecot", NAME));
        if (launcher.variant != Variant.STANDARD) {
            t.add(launcher.variant.settingValue());
        }
        if (launcher.clientBind.isEmpty()) {
            t.add("loopback-trusted");
        }
        return Set.copyOf(t);
    }

    @Override
    public String baselineName() {
        return launcher.variant.baselineName();
    }

    /** {@code dovecot -n -c <config>}: every setting that differs from Dovecot's built-in defaults. */
    @Override
    public Optional<String> effectiveConfig() {
        Command c = Command.run(List.of(launcher.binary.path().toString(), "-n", "-c", config.toString()),
                Duration.ofSeconds(15));
        return c.succeeded() ? Optional.of(c.output()) : Optional.empty();
    }

    /**
     * {@value #DEFAULT_CLIENT_BIND} unless set otherwise: Dovecot counts a connection whose remote
     * address equals its local one as secured, so a client on 127.0.0.1 talking to 127.0.0.1 may
     * log in without TLS and sees no LOGINDISABLED; from 127.0.0.2 it is judged like a remote
     * client, as in the image (where Docker's proxy connects from the bridge's address).
     */
    @Override
    public Optional<String> clientBind() {
        if (launcher.clientBind.isPresent() && launcher.clientBind.get().equals(DEFAULT_CLIENT_BIND) && rotate()) {
            // One loopback address per connection (127.0.2.1, 127.0.2.2, ...): Dovecot's penalty
            // after failed logins is per client address (2 s doubling to 15 s), so one scenario's
            // wrong passwords must not slow the logins of the scenarios after it. Every address is
            // still a remote client to Dovecot, as 127.0.0.2 is.
            int n = NEXT_SOURCE.getAndIncrement() % (250 * 250);
            return Optional.of("127.0." + (2 + n / 250) + "." + (1 + n % 250));
        }
        return launcher.clientBind;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_SOURCE = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Boolean rotating;

    /** Every connection from its own loopback address: Dovecot cannot tell the run's scenarios apart. */
    @Override
    public boolean isolatesClients() {
        return launcher.clientBind.isPresent() && launcher.clientBind.get().equals(DEFAULT_CLIENT_BIND) && rotate();
    }

    private boolean rotate() {
        Boolean r = rotating;
        if (r == null) {
            r = canBind("127.0.2.1");
            rotating = r;
        }
        return r;
    }

    /** The variant this instance runs. */
    public Variant variant() {
        return launcher.variant;
    }

    /** The run directory: configuration, users, certificate, mail and logs. */
    public Path runDirectory() {
        return runDir;
    }

    /** The generated top-level configuration file. */
    public Path configFile() {
        return config;
    }

    /** Dovecot's master process. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** From launch until both IMAP and POP3 greeted. */
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public String toString() {
        return NAME + " (" + launcher.binary + ", " + launcher.variant.settingValue() + ") imap " + imap()
                + ", pop3 " + pop3() + ", run " + runDir;
    }
}
