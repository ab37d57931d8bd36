package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DockerEngineTest {

    /** Serves one connection: reads the request head, then writes {@code answer} (null: stays silent). */
    private static ServerSocket fakeEngine(String answer) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        CompletableFuture.runAsync(() -> {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5000);
                InputStream in = s.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.append((char) b);
                }
                if (answer == null) {
                    in.read(); // until the client gives up
                    return;
                }
                s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the client went away
            }
        });
        return server;
    }

    @Test
    void anEngineThatAnswersPingIsReachableWithItsApiVersion() throws IOException {
        try (ServerSocket engine = fakeEngine("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK")) {
            DockerEngine e = DockerEngine.probe(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + engine.getLocalPort()),
                    Duration.ofSeconds(2));
            assertThat(e.reachable()).isTrue();
            assertThat(e.detail()).isEqualTo("Docker engine at tcp://127.0.0.1:" + engine.getLocalPort() + " (API 1.41)");
        }
    }

    @Test
    void anErrorStatusIsNotReachableAndShowsTheStatusLine() throws IOException {
        try (ServerSocket engine = fakeEngine("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")) {
            DockerEngine e = DockerEngine.probe(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + engine.getLocalPort()),
                    Duration.ofSeconds(2));
            assertThat(e.reachable()).isFalse();
            assertThat(e.detail()).contains("GET /_ping answered 'HTTP/1.1 500 Internal Server Error'");
        }
    }

    @Test
    void aSilentEngineCostsNoMoreThanTheProbesTime() throws IOException {
        try (ServerSocket engine = fakeEngine(null)) {
            long t0 = System.nanoTime();
            DockerEngine e = DockerEngine.probe(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + engine.getLocalPort()),
                    Duration.ofMillis(500));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(e.reachable()).isFalse();
            assertThat(e.detail()).contains("no answer");
            assertThat(millis).isLessThan(1500);
        }
    }

    @Test
    void missingSocketsAndClosedPortsAreNotReachable() throws IOException {
        DockerEngine socket = DockerEngine.probe(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"),
                Duration.ofSeconds(1));
        assertThat(socket.reachable()).isFalse();
        assertThat(socket.detail()).startsWith("unix:///nonexistent/docker.sock: ");

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        DockerEngine tcp = DockerEngine.probe(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + closedPort), Duration.ofSeconds(1));
        assertThat(tcp.reachable()).isFalse();

        DockerEngine nothing = DockerEngine.probe(Map.of("HOME", "/nonexistent", "DOCKER_HOST", "ssh://host"),
                Duration.ofSeconds(1));
        assertThat(nothing.detail()).contains("not a unix:// or tcp:// address");
    }

    @Test
    void thisMachinesProbeIsFast() {
        long t0 = System.nanoTime();
        DockerEngine e = DockerEngine.probe();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Docker probe: " + e + " in " + millis + " ms");
        assertThat(millis).isLessThan(2000);
    }
}
