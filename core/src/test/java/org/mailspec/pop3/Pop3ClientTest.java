package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ConnectFailedException;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.Deviation;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.TlsOptions;
import org.mailspec.wire.TlsUpgrade;
import org.mailspec.wire.Transcript;

@Timeout(20)
class Pop3ClientTest {

    private static final String RFC_GREETING = "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>";

    private final Transcript transcript = new Transcript();

    private ClientOptions options(Duration timeout) {
        return ClientOptions.defaults().withTimeout(timeout).withTranscript(transcript).withTls(TlsOptions.insecureTrust());
    }

    private Pop3Client connect(ScriptedServer server) throws Exception {
        return Pop3Client.connect(server.endpoint(), options(Duration.ofSeconds(5)));
    }

    private String rendered() {
        return transcript.render().text();
    }

    // ---------------------------------------------------------------- greeting, APOP

    @Test
    void theApopDigestMatchesRfc1939() {
        assertThat(Apop.digest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"))
                .isEqualTo("c4c9334bac560ecc979e58001b3e22fb");
    }

    @Test
    void apopUsesTheGreetingTimestampAndIsMasked() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line(RFC_GREETING)
                .expect("APOP mrose c4c9334bac560ecc979e58001b3e22fb").line("+OK mrose's maildrop has 2 messages (320 octets)")
                .start();
             Pop3Client client = connect(server)) {
            assertThat(client.greeting().ok()).isTrue();
            assertThat(client.apopTimestamp()).contains("<1896.697170952@dbc.mtview.ca.us>");
            assertThat(client.apop("mrose", "tanstaaf").ok()).isTrue();
            server.verify();
            assertThat(rendered()).contains("pop3#1 C: APOP mrose ***").doesNotContain("c4c9334b");
        }
    }

    @Test
    void apopWithoutATimestampIsRefusedLocally() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready").start();
             Pop3Client client = connect(server)) {
            assertThat(client.apopTimestamp()).isEmpty();
            assertThatThrownBy(() -> client.apop("mrose", "tanstaaf")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no <timestamp>");
        }
    }

    // ---------------------------------------------------------------- multi-line

    @Test
    void multiLineRepliesAreDotUnstuffedAndCounted() throws Exception {
        String data = "Subject: dots\r\n\r\n..leading dot\r\n...two dots\r\n.\r\n";
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("RETR 1").send("+OK 43 octets\r\n" + data).start();
             Pop3Client client = connect(server)) {
            MultiLineReply m = client.multiLine("RETR 1");
            assertThat(m.first().text()).isEqualTo("43 octets");
            assertThat(m.textLines()).containsExactly("Subject: dots", "", ".leading dot", "..two dots");
            assertThat(new String(m.content(), StandardCharsets.US_ASCII))
                    .isEqualTo("Subject: dots\r\n\r\n.leading dot\r\n..two dots\r\n");
            assertThat(m.contentOctets()).isEqualTo(43);
            assertThat(m.wireOctets()).isEqualTo(45);
            assertThat(m.raw()).isEqualTo(("+OK 43 octets\r\n" + data).getBytes(StandardCharsets.US_ASCII));
            assertThat(client.deviations()).isEmpty();
            assertThat(transcript.entries()).filteredOn(e -> e instanceof Transcript.Data d && d.direction() == Transcript.Direction.S)
                    .hasSize(2);
        }
    }

    @Test
    void aMissingTerminatorBeforeSilenceIsAReadTimeoutWithTheLinesSoFar() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("LIST").send("+OK 2 messages\r\n1 120\r\n2 2").stall().start();
             Pop3Client client = connect(server)) {
            assertThatThrownBy(() -> client.multiLine("LIST", Duration.ofMillis(400)))
                    .isInstanceOfSatisfying(ReadTimeoutException.class, e -> assertThat(e.received())
                            .isEqualTo("+OK 2 messages\r\n1 120\r\n2 2".getBytes(StandardCharsets.US_ASCII)))
                    .hasMessageContaining("terminating \".\" CRLF");
        }
    }

    @Test
    void aMissingTerminatorBeforeCloseIsAViolation() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("LIST").send("+OK 2 messages\r\n1 120\r\n").close().start();
             Pop3Client client = connect(server)) {
            assertThatThrownBy(() -> client.multiLine("LIST"))
                    .isInstanceOfSatisfying(Pop3ProtocolViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("multi-line");
                        assertThat(v.getSuppressed()).hasAtLeastOneElementOfType(ConnectionClosedException.class);
                    });
        }
    }

    @Test
    void aMissingTerminatorBeforeCloseIsRecordedWhenLenient() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("LIST").send("+OK 2 messages\r\n1 120\r\n").close().start();
             Pop3Client client = Pop3Client.connect(server.endpoint(),
                     options(Duration.ofSeconds(5)).withParserMode(ParserMode.LENIENT))) {
            MultiLineReply m = client.multiLine("LIST");
            assertThat(m.terminated()).isFalse();
            assertThat(m.textLines()).containsExactly("1 120");
            assertThat(client.deviations()).extracting(Deviation::rule).containsExactly("multi-line");
        }
    }

    // ---------------------------------------------------------------- CAPA, STLS

    @Test
    void capaIsParsedCachedAndForgottenAfterStls() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("CAPA").send("+OK Capability list follows\r\nTOP\r\nSTLS\r\nSASL PLAIN LOGIN\r\nRESP-CODES\r\n.\r\n")
                .expect("STLS").sendThenStartTls("+OK Begin TLS negotiation\r\n")
                .expect("CAPA").send("+OK\r\nTOP\r\nUSER\r\nSASL PLAIN\r\n.\r\n")
                .start();
             Pop3Client client = connect(server)) {
            Pop3Capabilities before = client.capa();
            assertThat(before.names()).containsExactly("TOP", "STLS", "SASL", "RESP-CODES");
            assertThat(before.get("SASL").orElseThrow().arguments()).containsExactly("PLAIN", "LOGIN");
            assertThat(client.capa()).isSameAs(before);
            StlsResult r = client.stls();
            assertThat(r.reply().ok()).isTrue();
            assertThat(r.upgrade().orElseThrow().plaintextInjected()).isFalse();
            assertThat(client.cachedCapabilities()).isEmpty();
            assertThat(client.capa().names()).containsExactly("TOP", "USER", "SASL");
            assertThat(client.tlsSession()).isPresent();
            server.verify();
        }
    }

    @Test
    void stlsDetectsPlaintextInjectedBeforeTheHandshake() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("STLS").sendThenStartTls("+OK Begin TLS\r\n-ERR injected\r\n")
                .expect("NOOP").line("+OK")
                .start();
             Pop3Client client = connect(server)) {
            TlsUpgrade u = client.stls().upgrade().orElseThrow();
            assertThat(u.plaintextInjected()).isTrue();
            assertThat(new String(u.bufferedPlaintext(), StandardCharsets.US_ASCII)).isEqualTo("-ERR injected\r\n");
            assertThat(client.command("NOOP").ok()).isTrue();
        }
    }

    @Test
    void implicitTlsReadsTheGreetingOverTls() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("+OK pop3s ready").start();
             Pop3Client client = connect(server)) {
            assertThat(client.tlsSession()).isPresent();
            assertThat(client.greeting().text()).isEqualTo("pop3s ready");
        }
    }

    // ---------------------------------------------------------------- authentication and masking

    @Test
    void userPassIsMaskedInTheTranscript() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("USER mrose").line("+OK mrose is a real hoopy frood")
                .expect("PASS s3cret wi th spaces").line("+OK mrose's maildrop has 2 messages (320 octets)")
                .start();
             Pop3Client client = connect(server)) {
            assertThat(client.login(new Account("mrose", "s3cret wi th spaces")).ok()).isTrue();
            server.verify();
            assertThat(rendered()).contains("pop3#1 C: USER mrose").contains("pop3#1 C: PASS ***")
                    .doesNotContain("s3cret");
        }
    }

    @Test
    void authPlainWithAndWithoutInitialResponseIsMasked() throws Exception {
        String b64 = Base64.getEncoder().encodeToString("\0mrose\0s3cret".getBytes(StandardCharsets.UTF_8));
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("AUTH PLAIN " + b64).line("-ERR [AUTH] no")
                .expect("AUTH PLAIN").line("+ ").expect(b64).line("+OK Maildrop locked and ready")
                .expect("STAT").line("+OK 2 320")
                .start();
             Pop3Client client = connect(server)) {
            Account mrose = new Account("mrose", "s3cret");
            Pop3Reply refused = client.authPlain(mrose, true);
            assertThat(refused.err()).isTrue();
            assertThat(refused.hasCode(Pop3ResponseCode.AUTH)).isTrue();
            assertThat(client.authPlain(mrose, false).ok()).isTrue();
            assertThat(client.command("STAT").text()).isEqualTo("2 320");
            server.verify();
            assertThat(rendered()).doesNotContain(b64).contains("C: AUTH PLAIN ***").contains("C: AUTH PLAIN\n")
                    .contains("C: ***\n").contains("C: STAT");
        }
    }

    @Test
    void responseCodesArriveThroughTheClient() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("USER a").line("+OK").expect("PASS .*").line("-ERR [IN-USE] locked")
                .expect("USER b").line("+OK").expect("PASS .*").line("-ERR [LOGIN-DELAY] too soon")
                .expect("USER c").line("+OK").expect("PASS .*").line("-ERR [SYS/TEMP] try later")
                .expect("USER d").line("+OK").expect("PASS .*").line("-ERR [SYS/PERM] disabled")
                .expect("USER e").line("+OK").expect("PASS .*").line("-ERR [X-NEW/THING] unknown code")
                .start();
             Pop3Client client = connect(server)) {
            assertThat(client.login(new Account("a", "p")).hasCode(Pop3ResponseCode.IN_USE)).isTrue();
            assertThat(client.login(new Account("b", "p")).hasCode(Pop3ResponseCode.LOGIN_DELAY)).isTrue();
            assertThat(client.login(new Account("c", "p")).hasCode(Pop3ResponseCode.SYS_TEMP)).isTrue();
            assertThat(client.login(new Account("d", "p")).hasCode(Pop3ResponseCode.SYS_PERM)).isTrue();
            Pop3Reply unknown = client.login(new Account("e", "p"));
            assertThat(unknown.code()).hasValueSatisfying(c -> {
                assertThat(c.levels()).containsExactly("X-NEW", "THING");
                assertThat(c.isKnown()).isFalse();
            });
        }
    }

    // ---------------------------------------------------------------- never a hang

    @Test
    void aStalledServerEndsTheCommandWithReadTimeout() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready").expect("STAT").stall().start();
             Pop3Client client = connect(server)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client.command("STAT", Duration.ofMillis(300)))
                    .isInstanceOf(ReadTimeoutException.class)
                    .hasMessageContaining("pop3#1 to 127.0.0.1:" + server.port())
                    .hasMessageContaining("awaiting the reply to STAT");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aDroppedConnectionEndsTheCommandWithConnectionClosed() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready").expect("STAT").close().start();
             Pop3Client client = connect(server)) {
            assertThatThrownBy(() -> client.command("STAT"))
                    .isInstanceOf(ConnectionClosedException.class)
                    .hasMessageContaining("the server closed the connection while awaiting the reply to STAT");
        }
    }

    @Test
    void aRefusedConnectionSaysRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        Endpoint nowhere = new Endpoint("127.0.0.1", port, TlsMode.NONE);
        assertThatThrownBy(() -> Pop3Client.connect(nowhere, options(Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(ConnectFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.REFUSED))
                .hasMessageContaining("pop3#1")
                .hasMessageContaining("127.0.0.1:" + port);
    }

    // ---------------------------------------------------------------- quit, raw, grammar

    @Test
    void quitReportsTheReplyAndTheClose() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("QUIT").line("+OK dewey POP3 server signing off").close().start();
             Pop3Client client = connect(server)) {
            QuitResult r = client.quit();
            assertThat(r.reply()).hasValueSatisfying(x -> assertThat(x.ok()).isTrue());
            assertThat(r.close().outcome()).isEqualTo(CloseObservation.Outcome.CLOSED);
        }
    }

    @Test
    void aServerThatDoesNotCloseAfterQuitIsObservedStillOpen() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("QUIT").line("+OK bye").stall().start();
             Pop3Client client = connect(server)) {
            assertThat(client.quit(Duration.ofMillis(300)).close().timedOut()).isTrue();
        }
    }

    @Test
    void rawModeSendsExactBytes() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready")
                .expect("NOOP  extra").line("-ERR what?").start();
             Pop3Client client = connect(server)) {
            client.sendRaw("NOOP  extra\r\n");
            assertThat(client.readReply(Duration.ofSeconds(2)).err()).isTrue();
            server.verify();
        }
    }

    @Test
    void aLoneLfReplyIsAStrictViolation() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("+OK ready").expect("NOOP").send("+OK\n").start();
             Pop3Client client = connect(server)) {
            assertThatThrownBy(() -> client.command("NOOP"))
                    .isInstanceOfSatisfying(Pop3ProtocolViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("CRLF");
                        assertThat(v.offset()).isEqualTo(3);
                        assertThat(v.connection()).isEqualTo("pop3#1");
                    })
                    .hasMessageContaining("+OK⟨here⟩\\n");
        }
    }
}
