package org.mailspec.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mailspec.run.SuiteLock;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.LazyFuture;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

/**
 * mailspec's Dovecot image ({@code containers/dovecot/Dockerfile}), built from the classpath copy
 * of that directory and started by Testcontainers.
 *
 * <ul>
 * <li>The base image is the build argument {@code BASE_IMAGE}: {@code -Ddovecot.base.image} or env
 *     {@code DOVECOT_BASE_IMAGE}, default {@code debian:bookworm-slim}.</li>
 * <li>The image is tagged {@code mailspec/dovecot:<hash of base image and build context>} and kept,
 *     so a second run starts without building.</li>
 * <li>The build runs with network mode {@code host} (Debian's mirror reached the way the host
 *     reaches it, also where the Docker bridge has no route).</li>
 * <li>Ports 143, 993, 110 and 995 are published on 127.0.0.1 only; the harness talks to
 *     127.0.0.1, never to the container's bridge address.</li>
 * <li>Started once IMAP answers {@code * OK} and POP3 {@code +OK} through the published ports.</li>
 * </ul>
 *
 * Where Testcontainers runs inside a container itself (a {@code /.dockerenv}), it needs
 * {@code TESTCONTAINERS_HOST_OVERRIDE=localhost}, and without a registry
 * {@code TESTCONTAINERS_RYUK_DISABLED=true}: both from the environment only.
 */
public class DovecotContainer extends GenericContainer<DovecotContainer> {

    public static final int IMAP = 143;
    public static final int IMAPS = 993;
    public static final int POP3 = 110;
    public static final int POP3S = 995;
    /** LMTP (RFC 2033) into the test accounts, from Debian's dovecot-lmtpd (the entrypoint's lmtp.conf). */
    public static final int LMTP = 24;
    public static final String DEFAULT_BASE_IMAGE = "debian:bookworm-slim";
    public static final String IMAGE_REPOSITORY = "mailspec/dovecot";

    private final String baseImage;
    private Variant variant = Variant.STANDARD;

    /** The base image from {@code dovecot.base.image} / {@code DOVECOT_BASE_IMAGE}, else the default. */
    public DovecotContainer() {
        this(baseImage(Settings.fromSystem()));
    }

    public DovecotContainer(String baseImage) {
        super(image(baseImage));
        this.baseImage = baseImage;
        withExposedPorts(IMAP, IMAPS, POP3, POP3S, LMTP);
        waitingFor(new GreetingsWaitStrategy().withStartupTimeout(Duration.ofSeconds(60)));
        withCreateContainerCmdModifier(cmd -> {
            Ports bindings = new Ports();
            for (int port : List.of(IMAP, IMAPS, POP3, POP3S, LMTP)) {
                bindings.add(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(port)));
            }
            cmd.getHostConfig().withPortBindings(bindings);
        });
    }

    public static String baseImage(Settings settings) {
        return settings.get("dovecot.base.image").orElse(DEFAULT_BASE_IMAGE);
    }

    /** Runs {@code misconfigured.conf} on top of mailspec.conf (the security audit's bad example). */
    public DovecotContainer withMisconfiguration() {
        return withVariant(Variant.MISCONFIGURED);
    }

    public DovecotContainer withVariant(Variant v) {
        this.variant = v;
        return self();
    }

    public Variant variant() {
        return variant;
    }

    public String getBaseImage() {
        return baseImage;
    }

    @Override
    protected void configure() {
        withEnv("MAILSPEC_VARIANT", variant.settingValue());
    }

    public int getImapPort() {
        return getMappedPort(IMAP);
    }

    public int getImapsPort() {
        return getMappedPort(IMAPS);
    }

    public int getPop3Port() {
        return getMappedPort(POP3);
    }

    public int getPop3sPort() {
        return getMappedPort(POP3S);
    }

    public int getLmtpPort() {
        return getMappedPort(LMTP);
    }

    /** {@code doveconf -n} of the configuration the container runs. */
    public String effectiveConfig() {
        try {
            ExecResult r = execInContainer("doveconf", "-n", "-c", DovecotResources.IMAGE_CONFIG_DIR + "/mailspec.conf");
            if (r.getExitCode() != 0) {
                throw new IllegalStateException("doveconf -n in the container exited " + r.getExitCode() + ": "
                        + r.getStderr().strip());
            }
            return r.getStdout();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running doveconf", e);
        }
    }

    /** Copies the server log ({@value DovecotResources#IMAGE_LOG}) out of the container to {@code file}. */
    public Path copyServerLog(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            copyFileFromContainer(DovecotResources.IMAGE_LOG, file.toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("copying the Dovecot log out of the container", e);
        }
    }

    /**
     * This running container as a target; closing the target stops the container.
     *
     * @param logDir where {@link Target#serverLog()} copies the container's log on each call
     */
    public Target toTarget(String resolvedBecause, Duration timeout, Path logDir) {
        if (!isRunning()) {
            throw new IllegalStateException("start the container before toTarget()");
        }
        return new ContainerTarget(this, resolvedBecause, timeout, logDir);
    }

    /** {@link #toTarget(String, Duration, Path)} with a 10 s timeout and the log under {@code target/}. */
    public Target toTarget() {
        return toTarget("target=dovecot", Duration.ofSeconds(10), defaultLogDir(this));
    }

    static Path defaultLogDir(DovecotContainer c) {
        return Path.of(System.getProperty("user.dir"), "target", "dovecot-container",
                c.getContainerId().substring(0, 12));
    }

    // ---- the image ----------------------------------------------------------------------------

    /** {@code mailspec/dovecot:<12 hex digits>}: a hash of the base image and every build file. */
    public static String imageName(String baseImage) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(baseImage.getBytes(StandardCharsets.UTF_8));
            for (String file : DovecotResources.BUILD_CONTEXT) {
                sha.update((byte) 0);
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(DovecotResources.bytes(file));
            }
            return IMAGE_REPOSITORY + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The image, built only when no image of that name (same inputs) is on the engine yet. */
    static Future<String> image(String baseImage) {
        String name = imageName(baseImage);
        return new LazyFuture<>() {
            @Override
            protected String resolve() {
                if (present(name)) {
                    return name;
                }
                // the other suite's JVM may be building it right now: one build, the other waits and uses it
                Path lock = Path.of(System.getProperty("java.io.tmpdir"), name.replaceAll("[^A-Za-z0-9.-]", "-") + ".lock");
                try (SuiteLock building = SuiteLock.acquire(lock, System.out::println, "dovecot: waiting for the other "
                        + "suite, which is building the image " + name)) {
                    return present(name) ? name : build(name, baseImage);
                } catch (IOException e) {
                    throw new UncheckedIOException("dovecot: cannot take the image build lock " + lock, e);
                }
            }
        };
    }

    private static boolean present(String name) {
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String build(String name, String baseImage) {
        ImageFromDockerfile image = new ImageFromDockerfile(name, false)
                .withBuildArg("BASE_IMAGE", baseImage)
                .withBuildImageCmdModifier(cmd -> cmd.withNetworkMode("host"));
        for (String file : DovecotResources.BUILD_CONTEXT) {
            int mode = file.endsWith(".sh") ? 0755 : 0644;
            image.withFileFromTransferable(file, Transferable.of(DovecotResources.bytes(file), mode));
        }
        return image.get();
    }

    // ---- waiting ------------------------------------------------------------------------------

    /** IMAP {@code * OK} and POP3 {@code +OK} through the published ports on 127.0.0.1. */
    private static final class GreetingsWaitStrategy extends AbstractWaitStrategy {
        @Override
        protected void waitUntilReady() {
            long deadline = System.nanoTime() + startupTimeout.toNanos();
            java.util.function.Supplier<Optional<String>> stopped = () -> waitStrategyTarget.isRunning()
                    ? Optional.empty() : Optional.of("the container stopped");
            GreetingWait.await("dovecot container IMAP", "127.0.0.1", waitStrategyTarget.getMappedPort(IMAP), "* OK",
                    startupTimeout, stopped);
            GreetingWait.await("dovecot container POP3", "127.0.0.1", waitStrategyTarget.getMappedPort(POP3), "+OK",
                    Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), stopped);
        }
    }

    // ---- the target ---------------------------------------------------------------------------

    private static final class ContainerTarget implements LoopbackTarget {
        private final DovecotContainer container;
        private final String resolvedBecause;
        private final Duration timeout;
        private final Path logDir;
        private final AtomicBoolean closed = new AtomicBoolean();

        ContainerTarget(DovecotContainer container, String resolvedBecause, Duration timeout, Path logDir) {
            this.container = container;
            this.resolvedBecause = resolvedBecause;
            this.timeout = timeout;
            this.logDir = logDir;
        }

        @Override
        public String name() {
            return "dovecot";
        }

        @Override
        public String resolvedBecause() {
            return resolvedBecause;
        }

        @Override
        public Ports ports() {
            return new Ports(container.getImapPort(), container.getImapsPort(), container.getPop3Port(),
                    container.getPop3sPort(), container.getLmtpPort());
        }

        @Override
        public Optional<Endpoint> lmtp() {
            return Optional.of(new Endpoint(HOST, container.getLmtpPort(), TlsMode.NONE));
        }

        @Override
        public TlsMode plainTls() {
            return TlsMode.STARTTLS;
        }

        @Override
        public Optional<Endpoint> smtp() {
            return Optional.empty();
        }

        @Override
        public List<Account> accounts() {
            return TestAccounts.all();
        }

        @Override
        public Duration timeout() {
            return timeout;
        }

        /** A fresh copy of the container's log at each call ({@code <logDir>/dovecot.log}). */
        @Override
        public Optional<Path> serverLog() {
            if (!container.isRunning()) {
                Path last = logDir.resolve("dovecot.log");
                return Files.exists(last) ? Optional.of(last) : Optional.empty();
            }
            return Optional.of(container.copyServerLog(logDir.resolve("dovecot.log")));
        }

        @Override
        public Set<String> traits() {
            Set<String> t = new LinkedHashSet<>(List.of("dovecot", "container"));
            if (container.variant() != Variant.STANDARD) {
                t.add(container.variant().settingValue());
            }
            return Set.copyOf(t);
        }

        @Override
        public String baselineName() {
            return container.variant().baselineName();
        }

        @Override
        public Optional<String> effectiveConfig() {
            return Optional.of(container.effectiveConfig());
        }

        /** Keeps a last copy of the log, then stops and removes the container. */
        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                try {
                    if (container.isRunning()) {
                        container.copyServerLog(logDir.resolve("dovecot.log"));
                    }
                } catch (RuntimeException e) {
                    // the log is a convenience; stopping is not
                }
                container.stop();
            }
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            parts.add("image " + container.getDockerImageName());
            parts.add("imap " + imap());
            parts.add("pop3 " + pop3());
            return "dovecot container (" + String.join(", ", parts) + ")";
        }
    }
}
