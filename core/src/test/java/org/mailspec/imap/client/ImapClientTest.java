package org.mailspec.imap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.imap.Command;
import org.mailspec.imap.CommandResult;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.ImapProtocolViolation;
import org.mailspec.imap.LiteralMode;
import org.mailspec.imap.LogoutResult;
import org.mailspec.imap.PendingCommand;
import org.mailspec.imap.Received;
import org.mailspec.imap.StartTlsResult;
import org.mailspec.imap.response.Status;
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
class ImapClientTest {

    private static final String TAG = ScriptedServer.TAG;

    private final Transcript transcript = new Transcript();

    private ClientOptions options(Duration timeout) {
        return ClientOptions.defaults().withTimeout(timeout).withTranscript(transcript).withTls(TlsOptions.insecureTrust());
    }

    private ImapClient connect(ScriptedServer server) throws Exception {
        return connect(server, Duration.ofSeconds(5));
    }

    private ImapClient connect(ScriptedServer server, Duration timeout) throws Exception {
        return ImapClient.connect(server.endpoint(), options(timeout));
    }

    private static ScriptedServer.Builder greeting(String caps) {
        return ScriptedServer.builder().line("* OK [CAPABILITY " + caps + "] ready");
    }

    private String rendered() {
        return transcript.render().text();
    }

    // ---------------------------------------------------------------- greeting and capabilities

    @Test
    void greetingCodeSetsTheCapabilities() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev2 LITERAL+ IDLE").start();
             ImapClient client = connect(server)) {
            assertThat(client.greeting().status()).isEqualTo(Status.OK);
            assertThat(client.cachedCapabilities()).contains(List.of("IMAP4rev2", "LITERAL+", "IDLE"));
            assertThat(client.hasCapability("literal+")).isTrue();
            assertThat(client.name()).isEqualTo("imap#1");
        }
    }

    @Test
    void unknownCapabilitiesAreAskedForOnceThenCached() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("* OK ready")
                .expect(TAG + " CAPABILITY").replyLine("* CAPABILITY IMAP4rev1 IDLE").replyLine("{tag} OK done")
                .start();
             ImapClient client = connect(server)) {
            assertThat(client.cachedCapabilities()).isEmpty();
            assertThat(client.capabilities()).containsExactly("IMAP4rev1", "IDLE");
            assertThat(client.capabilities()).containsExactly("IMAP4rev1", "IDLE");
            server.verify();
            assertThat(server.received()).containsExactly("A001 CAPABILITY");
        }
    }

    @Test
    void aByeGreetingIsReturnedNotThrown() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("* BYE too many connections").close().start();
             ImapClient client = connect(server)) {
            assertThat(client.greeting().status()).isEqualTo(Status.BYE);
            assertThat(client.awaitClose(Duration.ofSeconds(2)).closed()).isTrue();
        }
    }

    // ---------------------------------------------------------------- never a hang

    @Test
    void aStalledServerEndsTheCommandWithReadTimeout() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP").stall().start();
             ImapClient client = connect(server)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client.execute(Command.of("NOOP"), Duration.ofMillis(400)))
                    .isInstanceOf(ReadTimeoutException.class)
                    .hasMessageContaining("imap#1 to 127.0.0.1:" + server.port())
                    .hasMessageContaining("timed out after 0.400s awaiting the tagged completion of A001 NOOP");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            assertThat(rendered()).contains("imap#1 -- timeout after 0.400s");
        }
    }

    @Test
    void aStalledGreetingEndsConnectWithReadTimeout() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().stall().start()) {
            assertThatThrownBy(() -> connect(server, Duration.ofMillis(300)))
                    .isInstanceOf(ReadTimeoutException.class)
                    .hasMessageContaining("awaiting the greeting");
        }
    }

    @Test
    void aTricklingServerCannotStretchTheDeadline() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .trickle("* OK this greeting arrives one byte every 50 ms\r\n", Duration.ofMillis(50)).start()) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> connect(server, Duration.ofMillis(500)))
                    .isInstanceOfSatisfying(ReadTimeoutException.class, e -> {
                        assertThat(e.received()).isNotEmpty();
                        assertThat(new String(e.received(), StandardCharsets.US_ASCII)).startsWith("* OK");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void aDroppedConnectionEndsTheCommandWithConnectionClosed() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP").send("* 1 EXI").close().start();
             ImapClient client = connect(server)) {
            assertThatThrownBy(() -> client.execute("NOOP"))
                    .isInstanceOfSatisfying(ConnectionClosedException.class, e -> {
                        assertThat(e.reset()).isFalse();
                        assertThat(e.received()).isEqualTo("* 1 EXI".getBytes(StandardCharsets.US_ASCII));
                    })
                    .hasMessageContaining("the server closed the connection while awaiting the tagged completion of A001 NOOP");
            assertThat(rendered()).contains("imap#1 -- connection closed by peer");
        }
    }

    @Test
    void aResetConnectionSaysReset() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP").reset().start();
             ImapClient client = connect(server)) {
            assertThatThrownBy(() -> client.execute("NOOP"))
                    .isInstanceOfSatisfying(ConnectionClosedException.class, e -> assertThat(e.reset()).isTrue())
                    .hasMessageContaining("reset by the server");
        }
    }

    @Test
    void aRefusedConnectionSaysRefusedAndNamesTheEndpoint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        Endpoint nowhere = new Endpoint("127.0.0.1", port, TlsMode.NONE);
        assertThatThrownBy(() -> ImapClient.connect(nowhere, options(Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(ConnectFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.REFUSED))
                .hasMessageContaining("cannot connect to 127.0.0.1:" + port + " (connection refused");
    }

    @Test
    void byeBeforeTheCloseIsNamedInTheError() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP").line("* BYE shutting down").close().start();
             ImapClient client = connect(server)) {
            assertThatThrownBy(() -> client.execute("NOOP"))
                    .isInstanceOf(ConnectionClosedException.class)
                    .hasMessageContaining("the server had sent \"* BYE shutting down");
            assertThat(client.bye()).isPresent();
        }
    }

    // ---------------------------------------------------------------- pipelining and tags

    @Test
    void pipelinedCommandsAreMatchedByTagWhateverTheOrderOfCompletions() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1")
                .expect("(?<t1>[^ ]+) NOOP").expect("(?<t2>[^ ]+) CHECK").expect("(?<t3>[^ ]+) STATUS INBOX \\(MESSAGES\\)")
                .replyLine("* STATUS INBOX (MESSAGES 3)")
                .replyLine("{t3} OK status done")
                .replyLine("{t1} OK noop done")
                .replyLine("* 3 EXISTS")
                .replyLine("{t2} NO check refused")
                .start();
             ImapClient client = connect(server)) {
            PendingCommand noop = client.send("NOOP");
            PendingCommand check = client.send("CHECK");
            PendingCommand status = client.send(Command.of("STATUS").atom("INBOX").raw("(MESSAGES)"));
            assertThat(client.inFlight()).extracting(PendingCommand::describe)
                    .containsExactly("A001 NOOP", "A002 CHECK", "A003 STATUS INBOX (MESSAGES)");

            CommandResult c2 = client.await(check);
            CommandResult c1 = client.await(noop);
            CommandResult c3 = client.await(status);

            assertThat(c1.tag().value()).isEqualTo("A001");
            assertThat(c1.status()).isEqualTo(Status.OK);
            assertThat(c1.text()).isEqualTo("noop done");
            assertThat(c2.status()).isEqualTo(Status.NO);
            assertThat(c3.text()).isEqualTo("status done");
            // the order things arrived in
            assertThat(c3.completion().sequence()).isLessThan(c1.completion().sequence());
            assertThat(c1.completion().sequence()).isLessThan(c2.completion().sequence());
            assertThat(c3.untagged()).hasSize(1);
            assertThat(c3.untagged().get(0).sequence()).isLessThan(c3.completion().sequence());
            assertThat(new String(c3.untagged().get(0).raw(), StandardCharsets.US_ASCII)).isEqualTo("* STATUS INBOX (MESSAGES 3)\r\n");
            // the EXISTS arrived while NOOP was done, CHECK in flight
            assertThat(c1.untagged()).hasSize(1);
            assertThat(c2.untagged()).hasSize(2);
            assertThat(noop.sentSequence()).isLessThan(check.sentSequence());
            assertThat(client.deviations()).isEmpty();
            assertThat(client.inFlight()).isEmpty();
        }
    }

    @Test
    void aCompletionWithAnUnknownTagIsRecordedNotDropped() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP")
                .replyLine("ZZZ9 OK stray completion").replyLine("{tag} OK done").start();
             ImapClient client = connect(server)) {
            CommandResult r = client.execute("NOOP");
            assertThat(r.ok()).isTrue();
            assertThat(client.deviations()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("tag");
                assertThat(d.description()).contains("ZZZ9").contains("matches no command in flight");
                assertThat(d.bytes()).isEqualTo("ZZZ9 OK stray completion\r\n".getBytes(StandardCharsets.US_ASCII));
            });
            assertThat(client.responses()).extracting(rec -> new String(rec.raw(), StandardCharsets.US_ASCII))
                    .contains("ZZZ9 OK stray completion\r\n");
        }
    }

    // ---------------------------------------------------------------- literals

    @Test
    void aSynchronizingLiteralWaitsForTheContinuation() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1")
                .expect(TAG + " APPEND INBOX \\{5\\}").line("+ go ahead").expectLiteral().expect("")
                .replyLine("{tag} OK appended").start();
             ImapClient client = connect(server)) {
            CommandResult r = client.execute(Command.of("APPEND").atom("INBOX")
                    .literal("hello".getBytes(StandardCharsets.US_ASCII), LiteralMode.SYNC));
            assertThat(r.ok()).isTrue();
            server.verify();
            assertThat(new String(server.receivedBytes(0), StandardCharsets.US_ASCII))
                    .isEqualTo("A001 APPEND INBOX {5}\r\nhello\r\n");
            String t = rendered();
            assertThat(t.indexOf("S: + go ahead")).isLessThan(t.indexOf("C: hello"));
        }
    }

    @Test
    void aRefusedSynchronizingLiteralCompletesTheCommandAndIsNotSent() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1")
                .expect(TAG + " APPEND INBOX \\{5\\}").replyLine("{tag} NO [TOOBIG] no room")
                .expect(TAG + " NOOP").replyLine("{tag} OK done").start();
             ImapClient client = connect(server)) {
            PendingCommand p = client.send(Command.of("APPEND").atom("INBOX")
                    .literal("hello".getBytes(StandardCharsets.US_ASCII), LiteralMode.SYNC));
            assertThat(p.isDone()).isTrue();
            assertThat(client.await(p).status()).isEqualTo(Status.NO);
            assertThat(client.execute("NOOP").ok()).isTrue();
            server.verify();
            assertThat(server.received()).containsExactly("A001 APPEND INBOX {5}", "A002 NOOP");
        }
    }

    @Test
    void aNonSynchronizingLiteralIsSentAtOnceWhenLiteralPlusIsAdvertised() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1 LITERAL+")
                .expect(TAG + " APPEND INBOX \\{5\\+\\}").expectLiteral().expect("").replyLine("{tag} OK appended").start();
             ImapClient client = connect(server)) {
            CommandResult r = client.execute(Command.of("APPEND").atom("INBOX").literal("hello".getBytes(StandardCharsets.US_ASCII)));
            assertThat(r.ok()).isTrue();
            server.verify();
            assertThat(new String(server.receivedBytes(0), StandardCharsets.US_ASCII)).isEqualTo("A001 APPEND INBOX {5+}\r\nhello\r\n");
        }
    }

    @Test
    void literalMinusAllowsNonSynchronizingOnlyUpTo4096Octets() throws Exception {
        byte[] big = new byte[4097];
        java.util.Arrays.fill(big, (byte) 'x');
        try (ScriptedServer server = greeting("IMAP4rev2 LITERAL-")
                .expect(TAG + " APPEND INBOX \\{3\\+\\}").expectLiteral().expect("").replyLine("{tag} OK small")
                .expect(TAG + " APPEND INBOX \\{4097\\}").line("+ ok").expectLiteral().expect("").replyLine("{tag} OK big")
                .start();
             ImapClient client = connect(server)) {
            assertThat(client.execute(Command.of("APPEND").atom("INBOX").literal("abc".getBytes(StandardCharsets.US_ASCII))).ok()).isTrue();
            assertThat(client.execute(Command.of("APPEND").atom("INBOX").literal(big)).ok()).isTrue();
            server.verify();
        }
    }

    @Test
    void aNonSynchronizingLiteralIsRefusedWithoutLiteralPlus() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").stall().start();
             ImapClient client = connect(server)) {
            assertThatThrownBy(() -> client.send(Command.of("APPEND").atom("INBOX")
                    .literal("hello".getBytes(StandardCharsets.US_ASCII), LiteralMode.NON_SYNC)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs LITERAL+");
        }
    }

    @Test
    void theLiteralWriterRefusesAByteCountThatDoesNotMatch() {
        assertThatThrownBy(() -> Command.of("APPEND").atom("INBOX").literal(10, new byte[3], LiteralMode.SYNC))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("literal declares 10 octets but holds 3");
    }

    @Test
    void aResponseWithLiteralsIsOneFrameAndOneTranscriptEntry() throws Exception {
        String fetch = "* 1 FETCH (BODY[] {12}\r\nhello\r\nworld BINARY[1] ~{2}\r\n\r\n)\r\n";
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " FETCH 1 .*")
                .send(fetch).replyLine("{tag} OK fetched").start();
             ImapClient client = connect(server)) {
            CommandResult r = client.execute("FETCH 1 (BODY[] BINARY[1])");
            assertThat(r.untagged()).singleElement()
                    .satisfies(u -> assertThat(new String(u.raw(), StandardCharsets.US_ASCII)).isEqualTo(fetch));
            assertThat(rendered()).contains("imap#1 S: * 1 FETCH (BODY[] {12}\\r\\nhello\\r\\nworld BINARY[1] ~{2}\\r\\n\\r\\n)\n");
        }
    }

    // ---------------------------------------------------------------- TLS

    @Test
    void startTlsDetectsPlaintextInjectedBeforeTheHandshake() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1 STARTTLS LOGINDISABLED")
                .expect(TAG + " STARTTLS")
                .replyThenStartTls("{tag} OK begin TLS now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n")
                .expect(TAG + " CAPABILITY").replyLine("* CAPABILITY IMAP4rev1 AUTH=PLAIN").replyLine("{tag} OK done")
                .start();
             ImapClient client = connect(server)) {
            StartTlsResult r = client.startTls();
            assertThat(r.result().ok()).isTrue();
            TlsUpgrade u = r.upgrade().orElseThrow();
            assertThat(u.plaintextInjected()).isTrue();
            assertThat(new String(u.bufferedPlaintext(), StandardCharsets.US_ASCII))
                    .isEqualTo("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n");
            // the injected bytes were never read as responses
            assertThat(client.responses()).hasSize(2);
            assertThat(client.cachedCapabilities()).isEmpty();
            assertThat(client.capabilities()).containsExactly("IMAP4rev1", "AUTH=PLAIN");
            assertThat(client.tlsSession()).isPresent();
            assertThat(rendered()).contains("(plaintext injection); kept out of TLS").contains("imap#1 -- TLS started: TLS");
            server.verify();
        }
    }

    @Test
    void startTlsWithoutInjectionUpgradesAndForgetsTheCapabilities() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1 STARTTLS")
                .expect(TAG + " STARTTLS").replyThenStartTls("{tag} OK begin TLS now\r\n")
                .expect(TAG + " NOOP").replyLine("{tag} OK over TLS").start();
             ImapClient client = connect(server)) {
            StartTlsResult r = client.startTls();
            TlsUpgrade u = r.upgrade().orElseThrow();
            assertThat(u.plaintextInjected()).isFalse();
            assertThat(u.protocol()).startsWith("TLSv1.");
            assertThat(u.cipherSuite()).startsWith("TLS_");
            assertThat(u.peerCertificates()).isNotEmpty();
            assertThat(client.cachedCapabilities()).isEmpty();
            assertThat(client.execute("NOOP").text()).isEqualTo("over TLS");
        }
    }

    @Test
    void aRefusedStartTlsLeavesTheConnectionPlain() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " STARTTLS").replyLine("{tag} BAD not supported").start();
             ImapClient client = connect(server)) {
            StartTlsResult r = client.startTls();
            assertThat(r.result().status()).isEqualTo(Status.BAD);
            assertThat(r.upgrade()).isEmpty();
            assertThat(client.tlsSession()).isEmpty();
        }
    }

    @Test
    void implicitTlsReadsTheGreetingOverTls() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().implicitTls().line("* OK [CAPABILITY IMAP4rev2] imaps ready").start();
             ImapClient client = connect(server)) {
            assertThat(server.endpoint().tls()).isEqualTo(TlsMode.IMPLICIT);
            assertThat(client.tlsSession()).hasValueSatisfying(s -> {
                assertThat(s.protocol()).startsWith("TLSv1.");
                assertThat(s.peerCertificates().get(0).getSubjectX500Principal().getName()).contains("CN=localhost");
            });
            assertThat(client.greeting().text().text()).isEqualTo("imaps ready");
        }
    }

    // ---------------------------------------------------------------- authentication and masking

    @Test
    void loginPasswordsAreMaskedInEveryForm() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1")
                .expect(TAG + " LOGIN alice s3cret").replyLine("{tag} NO [AUTHENTICATIONFAILED] no")
                .expect(TAG + " " + Pattern.quote("LOGIN \"bob smith\" \"pa ss\\\\\"")).replyLine("{tag} NO no")
                .expect(TAG + " LOGIN carol \\{10\\}").line("+ ready").expectLiteral().expect("")
                .replyLine("{tag} OK [CAPABILITY IMAP4rev1 IDLE] welcome")
                .start();
             ImapClient client = connect(server)) {
            assertThat(client.login(new Account("alice", "s3cret")).status()).isEqualTo(Status.NO);
            assertThat(client.login("bob smith", "pa ss\\").status()).isEqualTo(Status.NO);
            CommandResult ok = client.login("carol", "p\u00e4ssw\u00f6rd");
            assertThat(ok.ok()).isTrue();
            assertThat(client.cachedCapabilities()).contains(List.of("IMAP4rev1", "IDLE"));
            server.verify();

            String t = rendered();
            assertThat(t).doesNotContain("s3cret").doesNotContain("pa ss").doesNotContain("\\xC3");
            assertThat(t).contains("C: A001 LOGIN alice ***")
                    .contains("C: A002 LOGIN \"bob smith\" \"***\"")
                    .contains("C: A003 LOGIN carol {10}")
                    .contains("C: ***");
            byte[] sent = transcript.bytes("imap#1", Transcript.Direction.C);
            assertThat(new String(sent, StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
            assertThat(new String(server.receivedBytes(0), StandardCharsets.UTF_8)).contains("p\u00e4ssw\u00f6rd");
        }
    }

    @Test
    void loginWithoutACapabilityCodeForgetsTheCapabilities() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1 AUTH=PLAIN")
                .expect(TAG + " LOGIN alice s3cret").replyLine("{tag} OK welcome").start();
             ImapClient client = connect(server)) {
            assertThat(client.login("alice", "s3cret").ok()).isTrue();
            assertThat(client.cachedCapabilities()).isEmpty();
        }
    }

    @Test
    void authenticatePlainMasksTheInitialResponseAndTheContinuation() throws Exception {
        String secret = java.util.Base64.getEncoder().encodeToString("\0alice\0s3cret".getBytes(StandardCharsets.UTF_8));
        try (ScriptedServer server = greeting("IMAP4rev1 AUTH=PLAIN SASL-IR")
                .expect(TAG + " AUTHENTICATE PLAIN " + secret).replyLine("{tag} NO try again")
                .expect(TAG + " AUTHENTICATE PLAIN").line("+ ").expect(secret).replyLine("{tag} OK authenticated")
                .expect(TAG + " NOOP").replyLine("{tag} OK done")
                .start();
             ImapClient client = connect(server)) {
            Account alice = new Account("alice", "s3cret");
            assertThat(client.authenticatePlain(alice, true).status()).isEqualTo(Status.NO);
            assertThat(client.authenticatePlain(alice, false).ok()).isTrue();
            assertThat(client.execute("NOOP").ok()).isTrue();
            server.verify();
            String t = rendered();
            assertThat(t).doesNotContain(secret);
            assertThat(t).contains("C: A001 AUTHENTICATE PLAIN ***").contains("C: A002 AUTHENTICATE PLAIN\n")
                    .contains("C: ***\n").contains("C: A003 NOOP");
        }
    }

    // ---------------------------------------------------------------- IDLE, raw, close

    @Test
    void idleWaitsForTheContinuationThenForUntaggedData() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1 IDLE")
                .expect(TAG + " IDLE").line("+ idling").line("* 4 EXISTS")
                .expect("DONE").replyLine("{tag} OK IDLE terminated").start();
             ImapClient client = connect(server)) {
            PendingCommand idle = client.idle();
            assertThat(idle.isDone()).isFalse();
            Optional<Received> exists = client.awaitUntagged(
                    r -> new String(r.raw(), StandardCharsets.US_ASCII).endsWith("EXISTS\r\n"), Duration.ofSeconds(2));
            assertThat(exists).isPresent();
            assertThat(client.awaitUntagged(r -> true, Duration.ofMillis(200))).isEmpty();
            CommandResult done = client.done();
            assertThat(done.ok()).isTrue();
            assertThat(done.untagged()).hasSize(1);
            server.verify();
        }
    }

    @Test
    void rawModeSendsExactBytesAndReadsAnyResponse() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1")
                .expect("x1 NOOP").replyLine("x1 BAD bad tag style? no, fine")
                .start();
             ImapClient client = connect(server)) {
            client.sendRaw("x1 NOOP\r\n");
            Received r = client.readResponse(Duration.ofSeconds(2));
            assertThat(new String(r.raw(), StandardCharsets.US_ASCII)).startsWith("x1 BAD");
            assertThat(client.deviations()).isEmpty();
        }
    }

    @Test
    void awaitCloseObservesCloseAfterByeOrStillOpen() throws Exception {
        try (ScriptedServer closing = greeting("IMAP4rev1").line("* BYE autologout").close().start();
             ScriptedServer silent = greeting("IMAP4rev1").stall().start();
             ImapClient a = connect(closing);
             ImapClient b = connect(silent)) {
            CloseObservation ca = a.awaitClose(Duration.ofSeconds(2));
            assertThat(ca.outcome()).isEqualTo(CloseObservation.Outcome.CLOSED);
            assertThat(new String(ca.received(), StandardCharsets.US_ASCII)).isEqualTo("* BYE autologout\r\n");
            assertThat(a.bye()).isPresent();
            CloseObservation cb = b.awaitClose(Duration.ofMillis(200));
            assertThat(cb.outcome()).isEqualTo(CloseObservation.Outcome.STILL_OPEN);
            assertThat(cb.toString()).contains("still open");
            assertThat(b.name()).isEqualTo("imap#2");
        }
    }

    @Test
    void logoutReportsByeCompletionAndClose() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " LOGOUT")
                .replyLine("* BYE see you").replyLine("{tag} OK LOGOUT completed").close().start();
             ImapClient client = connect(server)) {
            LogoutResult r = client.logout();
            assertThat(r.bye()).isPresent();
            assertThat(r.result()).hasValueSatisfying(c -> assertThat(c.ok()).isTrue());
            assertThat(r.close().closed()).isTrue();
        }
    }

    // ---------------------------------------------------------------- grammar

    @Test
    void strictModeThrowsTheViolationWithBytesAndConnection() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP").send("A001 OK done\n").start();
             ImapClient client = connect(server)) {
            assertThatThrownBy(() -> client.execute("NOOP"))
                    .isInstanceOfSatisfying(ImapProtocolViolation.class, v -> {
                        assertThat(v.connection()).isEqualTo("imap#1");
                        assertThat(v.rule()).isNotBlank();
                        assertThat(v.offset()).isBetween(0, 13);
                        assertThat(v.bytes()).isEqualTo("A001 OK done\n".getBytes(StandardCharsets.US_ASCII));
                        assertThat(v.syntax()).isNotNull();
                    })
                    .hasMessageContaining("imap#1: ");
            // the client's own framing notes the lone LF; the parser's violation follows
            assertThat(client.deviations()).hasSize(2).first().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("CRLF");
                assertThat(d.offset()).isEqualTo(12);
            });
            assertThat(client.connection().loneLineFeeds()).hasSize(1);
            assertThat(rendered()).contains("imap#1 -- lone LF");
        }
    }

    @Test
    void lenientModeRecordsTheDeviationAndGoesOn() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").expect(TAG + " NOOP")
                .send("* 1 EXISTS\n").send("garbage\r\n").replyLine("{tag} OK done").start();
             ImapClient client = ImapClient.connect(server.endpoint(),
                     options(Duration.ofSeconds(5)).withParserMode(ParserMode.LENIENT))) {
            CommandResult r = client.execute("NOOP");
            assertThat(r.ok()).isTrue();
            assertThat(client.deviations()).extracting(Deviation::rule).first().isEqualTo("CRLF");
            assertThat(client.deviations()).hasSizeGreaterThanOrEqualTo(2)
                    .anySatisfy(d -> assertThat(d.bytes()).isEqualTo("garbage\r\n".getBytes(StandardCharsets.US_ASCII)));
        }
    }

    // ---------------------------------------------------------------- several clients, bind

    @Test
    void clientsShareOneTranscriptAndCanBindALocalAddress() throws Exception {
        try (ScriptedServer server = greeting("IMAP4rev1").start();
             ImapClient first = connect(server);
             ImapClient second = ImapClient.connect(server.endpoint(),
                     options(Duration.ofSeconds(5)).withBind(InetAddress.getByName("127.0.0.2")))) {
            assertThat(first.name()).isEqualTo("imap#1");
            assertThat(second.name()).isEqualTo("imap#2");
            assertThat(second.connection().localAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
            assertThat(rendered()).contains("imap#1 S: * OK").contains("imap#2 S: * OK")
                    .contains("imap#2 -- connected to 127.0.0.1:" + server.port() + " from 127.0.0.2:");
            assertThat(first.greetingReceived().sequence()).isLessThan(second.greetingReceived().sequence());
        }
    }
}
