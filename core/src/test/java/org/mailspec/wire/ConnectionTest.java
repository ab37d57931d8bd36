package org.mailspec.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;

@Timeout(20)
class ConnectionTest {

    private final Transcript transcript = new Transcript();

    private ClientOptions options(Duration timeout) {
        return ClientOptions.defaults().withTimeout(timeout).withTranscript(transcript);
    }

    private Connection open(ScriptedServer server, Duration timeout) throws WireException {
        return Connection.open(server.endpoint(), options(timeout), "test", SecretMasker.NONE);
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }

    @Test
    void readsLinesWithTheirEndingAndRecordsALoneLf() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().send("one\r\ntwo\nthree").stall().start();
             Connection c = open(server, Duration.ofSeconds(2))) {
            assertThat(ascii(c.readLine(100))).isEqualTo("one\r\n");
            assertThat(ascii(c.readLine(100))).isEqualTo("two\n");
            assertThat(c.loneLineFeeds()).singleElement().satisfies(l -> {
                assertThat(l.streamOffset()).isEqualTo(5);
                assertThat(ascii(l.line())).isEqualTo("two\n");
            });
            assertThat(ascii(c.readExactly(3))).isEqualTo("thr");
            assertThat(c.hasBufferedInput()).isTrue();
            c.endFrame();
            assertThat(transcript.render().text()).contains("test#1 S: one\\r\\ntwo\\nthr\n")
                    .contains("test#1 -- lone LF");
        }
    }

    @Test
    void aTimedOutReadConsumesNothingSoTheNextReadContinues() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().send("* OK hel").expect("go").send("lo\r\n").start();
             Connection c = open(server, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> c.readLine(100, "the greeting"))
                    .isInstanceOfSatisfying(ReadTimeoutException.class, e -> {
                        assertThat(ascii(e.received())).isEqualTo("* OK hel");
                        assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
                        assertThat(e.expected()).contains("the greeting");
                    })
                    .hasMessage("test#1 to 127.0.0.1:" + server.port() + ": timed out after 0.300s awaiting the greeting;"
                            + " received so far (8 bytes): \"* OK hel\"");
            c.write("go\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(ascii(c.readLine(100, "the greeting", Duration.ofSeconds(2)))).isEqualTo("* OK hello\r\n");
        }
    }

    @Test
    void linesSpanningBufferCompactionsAreAllFound() throws Exception {
        // lengths 1..6000 in a fixed pseudo-random order: lines straddle every refill and compaction
        StringBuilder sent = new StringBuilder();
        java.util.List<String> lines = new java.util.ArrayList<>();
        long x = 42;
        for (int i = 0; i < 3000; i++) {
            x = (x * 6364136223846793005L + 1442695040888963407L);
            int len = 1 + (int) ((x >>> 33) % 6000);
            String l = Character.toString('a' + i % 26).repeat(len) + "\r\n";
            lines.add(l);
            sent.append(l);
        }
        try (ScriptedServer server = ScriptedServer.builder().send(sent.toString()).stall().start();
             Connection c = open(server, Duration.ofSeconds(10))) {
            for (String l : lines) {
                assertThat(ascii(c.readLine(8000))).isEqualTo(l);
            }
        }
    }

    @Test
    void messagesShowALongPartialReadAsHeadAndTail() throws Exception {
        String partial = "H".repeat(200) + "m".repeat(10_000) + "T".repeat(80);
        try (ScriptedServer server = ScriptedServer.builder().send(partial).stall().start();
             Connection c = open(server, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> c.readLine(1 << 20, "a long line"))
                    .isInstanceOfSatisfying(ReadTimeoutException.class, e -> {
                        assertThat(e.received()).hasSize(10_280);
                        assertThat(e.getMessage()).hasSizeLessThan(600)
                                .contains("received so far (10280 bytes): \"" + "H".repeat(200) + "…(10000 bytes)…" + "T".repeat(80) + "\"");
                    });
        }
    }

    @Test
    void aLineOverTheLimitIsRefusedWithItsHead() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().send("x".repeat(50)).stall().start();
             Connection c = open(server, Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> c.readLine(20, "a short line"))
                    .isInstanceOfSatisfying(LineTooLongException.class, e -> assertThat(e.limit()).isEqualTo(20))
                    .hasMessageContaining("a line longer than 20 bytes");
        }
    }

    @Test
    void aServerThatStopsReadingEndsTheWriteWithinTheTimeout() throws Exception {
        byte[] big = new byte[64 << 20];
        try (ScriptedServer server = ScriptedServer.builder().stall().start();
             Connection c = open(server, Duration.ofMillis(500))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> c.write(big, "a 64 MiB literal"))
                    .isInstanceOf(WriteTimeoutException.class)
                    .hasMessageContaining("sending a 64 MiB literal");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(c.isOpen()).isFalse();
        }
    }

    @Test
    void awaitCloseReportsClosedResetOrStillOpen() throws Exception {
        try (ScriptedServer closes = ScriptedServer.builder().send("bye\r\n").close().start();
             ScriptedServer resets = ScriptedServer.builder().expect("go").reset().start();
             ScriptedServer silent = ScriptedServer.builder().stall().start();
             Connection a = open(closes, Duration.ofSeconds(2));
             Connection b = open(resets, Duration.ofSeconds(2));
             Connection d = open(silent, Duration.ofSeconds(2))) {
            CloseObservation ca = a.awaitClose(Duration.ofSeconds(2));
            assertThat(ca.outcome()).isEqualTo(CloseObservation.Outcome.CLOSED);
            assertThat(ascii(ca.received())).isEqualTo("bye\r\n");
            b.write("go\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(b.awaitClose(Duration.ofSeconds(2)).outcome()).isEqualTo(CloseObservation.Outcome.RESET);
            CloseObservation cd = d.awaitClose(Duration.ofMillis(200));
            assertThat(cd.outcome()).isEqualTo(CloseObservation.Outcome.STILL_OPEN);
            assertThat(cd.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(d.isOpen()).isTrue();
        }
    }

    @Test
    void aLocalAddressThatIsNotOursFailsTheBind() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().stall().start()) {
            ClientOptions o = options(Duration.ofSeconds(2)).withBind(InetAddress.getByName("192.0.2.1"));
            assertThatThrownBy(() -> Connection.open(server.endpoint(), o, "test", SecretMasker.NONE))
                    .isInstanceOfSatisfying(ConnectFailedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.BIND_FAILED))
                    .hasMessageContaining("client.bind");
        }
    }

    @Test
    void theBindAddressIsWhatTheServerSees() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().send("hi\r\n").start();
             Connection c = Connection.open(server.endpoint(),
                     options(Duration.ofSeconds(2)).withBind(InetAddress.getByName("127.0.0.2")), "test", SecretMasker.NONE)) {
            c.readLine(10);
            assertThat(server.clientAddresses()).extracting(InetAddress::getHostAddress).containsExactly("127.0.0.2");
        }
    }

    // ---------------------------------------------------------------- TLS

    private Connection implicit(ScriptedServer server, TlsOptions tls) throws WireException {
        return Connection.open(server.endpoint(TlsMode.IMPLICIT), options(Duration.ofSeconds(3)).withTls(tls), "test",
                SecretMasker.NONE);
    }

    @Test
    void anUntrustedCertificateSuggestsTlsInsecure() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("* OK").start()) {
            assertThatThrownBy(() -> implicit(server, TlsOptions.defaults()))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.CERTIFICATE_NOT_TRUSTED))
                    .hasMessageContaining("TLS handshake failed: certificate not trusted")
                    .hasMessageContaining("set tls.insecure=true");
            assertThat(transcript.render().text()).contains("test#1 -- test#1 to 127.0.0.1:" + server.port()
                    + ": TLS handshake failed");
        }
    }

    @Test
    void aTrustedCertificateIsCheckedAgainstTheHostName() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("* OK").stall().start()) {
            TlsOptions trusting = TlsOptions.defaults().trusting(ScriptedServer.trustStore());
            try (Connection c = implicit(server, trusting)) {
                TlsSession s = c.tlsSession().orElseThrow();
                assertThat(s.peerCertificates()).hasSize(1);
                assertThat(ascii(c.readLine(100))).isEqualTo("* OK\r\n");
            }
            assertThatThrownBy(() -> implicit(server, trusting.withServerName("mail.example.org")))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.HOSTNAME_MISMATCH));
        }
    }

    @Test
    void theServerNameIsSentAsSni() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("* OK").start();
             Connection c = implicit(server, TlsOptions.insecureTrust().withServerName("mail.example.org"))) {
            assertThat(c.readLine(100)).isNotEmpty();
            assertThat(server.events()).anySatisfy(e -> assertThat(e).contains("TLS started").contains("SNI mail.example.org"));
        }
    }

    @Test
    void aProtocolTheServerRefusesIsReportedAsRefused() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().tlsProtocols("TLSv1.3").line("* OK").start()) {
            assertThatThrownBy(() -> implicit(server, TlsOptions.insecureTrust().withProtocols("TLSv1.2")))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.REFUSED_BY_SERVER));
        }
    }

    @Test
    void aProtocolThisJvmDisablesIsNotMistakenForTheServerRefusingIt() throws Exception {
        // JDK 17 disables TLSv1.1 (jdk.tls.disabledAlgorithms): the handshake never reaches the server.
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("* OK").start()) {
            assertThatThrownBy(() -> implicit(server, TlsOptions.insecureTrust().withProtocols("TLSv1.1")))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.PROTOCOL_DISABLED_LOCALLY))
                    .hasMessageContaining("never tested");
        }
    }

    @Test
    void aPlaintextAnswerToTheHandshakeIsNotTls() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("* OK plaintext on the TLS port").stall().start()) {
            assertThatThrownBy(() -> implicit(server, TlsOptions.insecureTrust()))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.NOT_TLS));
        }
    }

    @Test
    void aServerClosingDuringTheHandshakeIsClosedByServer() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().expectBytes(1).close().start()) {
            assertThatThrownBy(() -> implicit(server, TlsOptions.insecureTrust()))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.CLOSED_BY_SERVER));
        }
    }

    @Test
    void aSilentServerTimesTheHandshakeOut() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().stall().start()) {
            ClientOptions o = options(Duration.ofMillis(300)).withTls(TlsOptions.insecureTrust());
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> Connection.open(server.endpoint(TlsMode.IMPLICIT), o, "test", SecretMasker.NONE))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void startTlsReturnsBufferedPlaintextAndTheSession() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .sendThenStartTls("OK go\r\nINJECTED\r\n").line("over tls").stall().start();
             Connection c = Connection.open(server.endpoint(TlsMode.STARTTLS),
                     options(Duration.ofSeconds(3)).withTls(TlsOptions.insecureTrust()), "test", SecretMasker.NONE)) {
            assertThat(ascii(c.readLine(100))).isEqualTo("OK go\r\n");
            TlsUpgrade u = c.startTls();
            assertThat(ascii(u.bufferedPlaintext())).isEqualTo("INJECTED\r\n");
            assertThat(u.session()).isEqualTo(c.tlsSession().orElseThrow());
            assertThat(ascii(c.readLine(100))).isEqualTo("over tls\r\n");
            assertThatThrownBy(c::startTls).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEndpointWithAnIpv6LiteralIsShownInBrackets() {
        assertThat(WireException.hostPort(new Endpoint("::1", 993, TlsMode.IMPLICIT))).isEqualTo("[::1]:993");
    }
}
