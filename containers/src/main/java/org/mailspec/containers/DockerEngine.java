package org.mailspec.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a Docker engine answers here, found fast and without Testcontainers (whose own check
 * can take many seconds and starts helper containers): an HTTP {@code GET /_ping} on
 * {@code DOCKER_HOST}, else on the usual sockets, with one deadline for the whole probe.
 *
 * @param reachable the engine answered {@code 200 OK}
 * @param detail    one line: where it answered (and its API version), or why none did
 */
public record DockerEngine(boolean reachable, String detail) {

    /** Total time the probe may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);

    /** Probes the engine named by this process's environment. */
    public static DockerEngine probe() {
        return probe(System.getenv(), DEFAULT_TIMEOUT);
    }

    public static DockerEngine probe(Map<String, String> env, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String dockerHost = env.getOrDefault("DOCKER_HOST", "").trim();
        if (!dockerHost.isEmpty()) {
            return ping(dockerHost, deadline);
        }
        List<Path> sockets = new ArrayList<>();
        sockets.add(Path.of("/var/run/docker.sock"));
        String xdg = env.get("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank()) {
            sockets.add(Path.of(xdg, "docker.sock"));
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        if (home != null && !home.isBlank()) {
            sockets.add(Path.of(home, ".docker", "run", "docker.sock"));
            sockets.add(Path.of(home, ".docker", "desktop", "docker.sock"));
        }
        List<String> misses = new ArrayList<>();
        for (Path socket : sockets) {
            if (!Files.exists(socket)) {
                continue;
            }
            DockerEngine e = ping("unix://" + socket, deadline);
            if (e.reachable()) {
                return e;
            }
            misses.add(e.detail());
        }
        if (misses.isEmpty()) {
            return new DockerEngine(false, "no DOCKER_HOST and no Docker socket at "
                    + String.join(", ", sockets.stream().map(Path::toString).toList()));
        }
        return new DockerEngine(false, String.join("; ", misses));
    }

    private static DockerEngine ping(String dockerHost, long deadline) {
        SocketAddress address;
        try {
            URI uri = URI.create(dockerHost);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "unix" -> address = UnixDomainSocketAddress.of(uri.getPath());
                case "tcp", "http" -> address = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort());
                default -> {
                    return new DockerEngine(false, "DOCKER_HOST=" + dockerHost
                            + " is not a unix:// or tcp:// address this probe can check");
                }
            }
        } catch (IllegalArgumentException e) {
            return new DockerEngine(false, "DOCKER_HOST=" + dockerHost + " is not a URI: " + e.getMessage());
        }
        try (SocketChannel channel = SocketChannel.open(address instanceof UnixDomainSocketAddress
                ? StandardProtocolFamily.UNIX : protocolOf((InetSocketAddress) address));
             Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                if (!await(selector, deadline)) {
                    return new DockerEngine(false, dockerHost + ": no connection within the probe's time");
                }
                channel.finishConnect();
                selector.selectedKeys().clear();
            }
            ByteBuffer request = ByteBuffer.wrap(
                    "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            channel.register(selector, SelectionKey.OP_READ);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(2048);
            while (response.size() < 16384) {
                if (!await(selector, deadline)) {
                    break;
                }
                selector.selectedKeys().clear();
                buf.clear();
                int n = channel.read(buf);
                if (n < 0) {
                    break;
                }
                response.write(buf.array(), 0, n);
                if (complete(response.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
            return judge(dockerHost, response.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return new DockerEngine(false, dockerHost + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static StandardProtocolFamily protocolOf(InetSocketAddress address) {
        return address.getAddress() != null && address.getAddress() instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    private static boolean await(Selector selector, long deadline) throws IOException {
        long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
        return leftMillis > 0 && selector.select(leftMillis) > 0;
    }

    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end >= 0 && response.substring(end + 4).contains("OK");
    }

    static DockerEngine judge(String dockerHost, String response) {
        if (response.isEmpty()) {
            return new DockerEngine(false, dockerHost + ": no answer to GET /_ping within the probe's time");
        }
        int eol = response.indexOf("\r\n");
        String status = eol < 0 ? response : response.substring(0, eol);
        if (!status.matches("HTTP/1\\.[01] 200( .*)?")) {
            return new DockerEngine(false, dockerHost + ": GET /_ping answered '"
                    + org.mailspec.text.Ascii.escape(status) + "'");
        }
        String api = "";
        for (String header : response.split("\r\n")) {
            if (header.toLowerCase(Locale.ROOT).startsWith("api-version:")) {
                api = " (API " + header.substring("api-version:".length()).trim() + ")";
            }
        }
        return new DockerEngine(true, "Docker engine at " + dockerHost + api);
    }
}
