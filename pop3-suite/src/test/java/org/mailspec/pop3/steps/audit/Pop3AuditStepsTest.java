package org.mailspec.pop3.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;
import org.opentest4j.TestAbortedException;

/** Every POP3 audit assertion fails against a scripted server that breaks its rule, and passes against one that keeps it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class Pop3AuditStepsTest {
    private ScriptedServer server;
    private Pop3AuditWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Pop3AuditWorld world(ScriptedTarget target) {
        world = new Pop3AuditWorld(SuiteContext.of(Settings.of(Map.of()), "test", target));
        return world;
    }

    /** A POP3 server with the given greeting and CAPA lines, then the rules of {@code more}. */
    private static ScriptedServer.Builder pop3(String greeting, String... capa) {
        String capaReply = "+OK\r\n" + String.join("", java.util.Arrays.stream(capa).map(c -> c + "\r\n").toList()) + ".\r\n";
        return ScriptedServer.builder().line(greeting).onCommand("CAPA", ex -> ex.send(capaReply));
    }

    private Pop3AuditWorld plainWorld(ScriptedServer.Builder b) {
        server = b.start();
        return world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
    }

    private Pop3AuditWorld implicitWorld(ScriptedServer.Builder b) {
        server = b.implicitTls().start();
        return world(ScriptedTarget.of(server.endpoint()));
    }

    // ------------------------------------------------------------------ cleartext

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#cleartextCredentialsRefused")
    void cleartextUserPassAcceptedIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(plainWorld(pop3("+OK ready", "USER", "STLS")
                .onCommand("USER .*", ex -> ex.sendLine("+OK"))
                .onCommand("PASS .*", ex -> ex.sendLine("+OK Logged in."))));
        s.connectWithoutTls();
        s.cleartextUserPass();
        assertThatThrownBy(s::cleartextCredentialsRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Logged in").hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
        assertThat(server.clientAddresses().get(0).getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void cleartextRefusedPasses() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(plainWorld(pop3("+OK ready", "STLS")
                .onCommand("USER .*", ex -> ex.sendLine("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections."))
                .onCommand("AUTH PLAIN.*", ex -> ex.sendLine("-ERR [AUTH] Plaintext authentication disallowed."))));
        s.connectWithoutTls();
        s.cleartextUserPass();
        s.cleartextCredentialsRefused();
        s.cleartextAuthPlain();
        s.cleartextCredentialsRefused();
        s.noCleartextLoginAdvertised();
    }

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#noCleartextLoginAdvertised")
    void userAdvertisedBeforeTlsIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(plainWorld(pop3("+OK ready", "USER", "SASL PLAIN LOGIN", "STLS")));
        s.connectWithoutTls();
        assertThatThrownBy(s::noCleartextLoginAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("USER").hasMessageContaining("SASL PLAIN");
    }

    @Test
    void theServersOwnAddressIsNotJudged() throws Exception {
        server = pop3("+OK ready", "USER").start();
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))
                .boundTo("127.0.0.1")));
        assertThatThrownBy(s::connectWithoutTls).isInstanceOf(TestAbortedException.class).hasMessageContaining("own address");
    }

    // ------------------------------------------------------------------ anonymous

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#anonymousNotAdvertised")
    void anonymousAdvertisedIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(pop3("+OK ready", "USER", "SASL PLAIN ANONYMOUS")));
        s.connectWithTls();
        assertThatThrownBy(s::anonymousNotAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("ANONYMOUS");
    }

    @Test
    void anonymousNotAdvertisedPasses() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(pop3("+OK ready", "USER", "SASL PLAIN")));
        s.connectWithTls();
        s.anonymousNotAdvertised();
    }

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#anonymousLoginRefused")
    void anonymousLoginAcceptedIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(pop3("+OK ready", "SASL ANONYMOUS")
                .onCommand("AUTH ANONYMOUS .*", ex -> ex.sendLine("+OK Logged in."))));
        s.connectWithTls();
        s.authAnonymous();
        assertThatThrownBy(s::anonymousLoginRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("+OK Logged in.");
    }

    @Test
    void anonymousLoginRefusedPasses() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(pop3("+OK ready", "SASL PLAIN")
                .onCommand("AUTH ANONYMOUS .*", ex -> ex.sendLine("-ERR [AUTH] Unsupported authentication mechanism."))));
        s.connectWithTls();
        s.authAnonymous();
        s.anonymousLoginRefused();
    }

    // ------------------------------------------------------------------ banner and failures

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#noVersionInGreeting")
    void versionInGreetingIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(plainWorld(pop3("+OK Dovecot 2.3.19.1 (Debian) ready.")));
        s.connect();
        assertThatThrownBy(s::noVersionInGreeting).isInstanceOf(RuleViolation.class).hasMessageContaining("2.3.19.1");
    }

    @Test
    void greetingWithoutVersionButWithApopTimestampPasses() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(plainWorld(pop3("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>")));
        s.connect();
        s.noVersionInGreeting();
    }

    private static ScriptedServer.Builder logins(boolean tellsUnknownAtUser, boolean tellsUnknownAtPass) {
        return pop3("+OK ready", "USER")
                .onCommand("USER mailspec-nobody-.*", ex -> ex.sendLine(tellsUnknownAtUser ? "-ERR no such user" : "+OK"))
                .onCommand("USER .*", ex -> ex.sendLine("+OK"))
                .onCommand("PASS .*", ex -> ex.sendLine(tellsUnknownAtPass && ex.index() == 0
                        ? "-ERR [AUTH] unknown user" : "-ERR [AUTH] Authentication failed."));
    }

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#answeredAlike")
    void userRevealingUnknownNamesIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(logins(true, false)));
        s.userUnknownAndKnown();
        assertThatThrownBy(s::answeredAlike).isInstanceOf(RuleViolation.class).hasMessageContaining("no such user");
    }

    @Test
    void passRevealingUnknownNamesIsAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(logins(false, true)));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::answeredAlike).isInstanceOf(RuleViolation.class).hasMessageContaining("unknown user");
    }

    @Test
    void alikeAnswersPass() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(logins(false, false)));
        s.userUnknownAndKnown();
        s.answeredAlike();
        s.failUnknownUserAndWrongPassword();
        s.answeredAlike();
    }

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#failuresDelayedOrRefused")
    void undelayedFailuresAreAViolation() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(logins(false, false)));
        s.failRepeatedly(3);
        assertThatThrownBy(s::failuresDelayedOrRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("failed login 3 of 3");
    }

    @Test
    void aServerThatClosesAfterAFailurePasses() throws Exception {
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(implicitWorld(pop3("+OK ready", "USER")
                .onCommand("USER .*", ex -> ex.sendLine("+OK"))
                .onCommand("PASS .*", ex -> {
                    ex.sendLine("-ERR [AUTH] Authentication failed.");
                    ex.close();
                })));
        s.failRepeatedly(3);
        s.failuresDelayedOrRefused();
    }

    // ------------------------------------------------------------------ TLS

    @Test
    @NegativeControl("Pop3TlsAuditSteps#stlsAdvertised")
    void noStlsIsAViolation() throws Exception {
        Pop3AuditWorld w = plainWorld(pop3("+OK ready", "USER"));
        new Pop3CredentialAuditSteps(w).connectWithoutTls();
        assertThatThrownBy(new Pop3TlsAuditSteps(w)::stlsAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("STLS");
    }

    @Test
    void stlsAdvertisedPasses() throws Exception {
        Pop3AuditWorld w = plainWorld(pop3("+OK ready", "STLS"));
        new Pop3CredentialAuditSteps(w).connectWithoutTls();
        new Pop3TlsAuditSteps(w).stlsAdvertised();
    }

    @Test
    @NegativeControl("Pop3TlsAuditSteps#tlsFromFirstByte")
    void plaintextOnThePop3sPortIsAViolation() throws Exception {
        server = pop3("+OK ready").start();
        Pop3TlsAuditSteps s = new Pop3TlsAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))
                .withPop3s(server.endpoint(TlsMode.IMPLICIT))));
        s.connectPop3s();
        assertThatThrownBy(s::tlsFromFirstByte).isInstanceOf(RuleViolation.class);
    }

    @Test
    void tlsOnThePop3sPortPasses() throws Exception {
        server = pop3("+OK ready").implicitTls().start();
        Pop3TlsAuditSteps s = new Pop3TlsAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withPop3s(server.endpoint())));
        s.connectPop3s();
        s.tlsFromFirstByte();
    }

    private Pop3TlsAuditSteps legacyServer(byte[] answer) {
        server = ScriptedServer.builder().then("read a ClientHello and answer", ex -> {
            byte[] header = ex.readBytes(5);
            ex.readBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            ex.send(answer);
        }).stall().start();
        return new Pop3TlsAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withPop3s(server.endpoint(TlsMode.IMPLICIT))));
    }

    @Test
    @NegativeControl("Pop3TlsAuditSteps#offerRefused")
    void acceptedTls10IsAViolation() throws Exception {
        Pop3TlsAuditSteps s = legacyServer(new byte[] {0x16, 3, 1, 0, 6, 2, 0, 0, 2, 3, 1});
        s.offerOnly("TLSv1");
        assertThatThrownBy(s::offerRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("accepted: ServerHello with TLSv1");
    }

    @Test
    void refusedTls11Passes() throws Exception {
        Pop3TlsAuditSteps s = legacyServer(new byte[] {0x15, 3, 2, 0, 2, 2, 70});
        s.offerOnly("TLSv1.1");
        s.offerRefused();
    }

    @Test
    @NegativeControl("Pop3TlsAuditSteps#pipelinedCommandNotExecuted")
    void commandInjectedBeforeTheHandshakeIsAViolation() throws Exception {
        Pop3TlsAuditSteps s = new Pop3TlsAuditSteps(plainWorld(ScriptedServer.builder().line("+OK ready")
                .expect("CAPA").send("+OK\r\nSTLS\r\n.\r\n")
                .expect("STLS").expect("XMAILSPECINJECTED")
                .replyThenStartTls("+OK Begin TLS negotiation now.\r\n")
                .line("-ERR Unknown command: XMAILSPECINJECTED")
                .onCommand("CAPA", ex -> ex.send("+OK\r\nUSER\r\n.\r\n"))));
        s.stlsWithPipelinedCommand();
        assertThatThrownBy(s::pipelinedCommandNotExecuted).isInstanceOf(RuleViolation.class).hasMessageContaining("XMAILSPECINJECTED");
    }

    @Test
    void commandPipelinedWithStlsDiscardedPasses() throws Exception {
        Pop3TlsAuditSteps s = new Pop3TlsAuditSteps(plainWorld(ScriptedServer.builder().line("+OK ready")
                .expect("CAPA").send("+OK\r\nSTLS\r\n.\r\n")
                .expect("STLS")
                .replyThenStartTls("+OK Begin TLS negotiation now.\r\n")
                .onCommand("CAPA", ex -> ex.send("+OK\r\nUSER\r\n.\r\n"))));
        s.stlsWithPipelinedCommand();
        s.pipelinedCommandNotExecuted();
    }

    // ------------------------------------------------------------------ log

    private Pop3LogAuditSteps loggingServer(Path log, boolean logsPasswords) throws Exception {
        Files.writeString(log, "");
        server = pop3("+OK ready", "USER").onCommand("USER (\\S+)", ex -> ex.sendLine("+OK"))
                .onCommand("PASS (\\S+)", ex -> {
                    String pw = ex.line().substring(5);
                    boolean ok = pw.equals(ScriptedTarget.ACCOUNT.password());
                    Files.writeString(log, "pop3-login: user=<mailspec1>" + (logsPasswords ? " (given password: " + pw + ")" : "")
                            + (ok ? " ok" : " failed") + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    ex.sendLine(ok ? "+OK Logged in." : "-ERR [AUTH] Authentication failed.");
                })
                .onCommand("QUIT", ex -> {
                    ex.sendLine("+OK Logging out.");
                    ex.close();
                }).implicitTls().start();
        Pop3LogAuditSteps s = new Pop3LogAuditSteps(world(ScriptedTarget.of(server.endpoint()).withLog(log)));
        s.canReadLog();
        s.loginAndFailWithMarker();
        return s;
    }

    @Test
    @NegativeControl("Pop3LogAuditSteps#noPasswordInLog")
    void passwordInTheLogIsAViolation(@TempDir Path dir) throws Exception {
        Pop3LogAuditSteps s = loggingServer(dir.resolve("server.log"), true);
        assertThatThrownBy(s::noPasswordInLog).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("as typed").hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
    }

    @Test
    void logWithoutPasswordsPasses(@TempDir Path dir) throws Exception {
        loggingServer(dir.resolve("server.log"), false).noPasswordInLog();
    }

    // ------------------------------------------------------------------ robustness

    @Test
    @NegativeControl("Pop3RobustnessAuditSteps#answeredWith")
    void unknownCommandAcceptedIsAViolation() throws Exception {
        Pop3RobustnessAuditSteps s = new Pop3RobustnessAuditSteps(plainWorld(pop3("+OK ready")
                .onCommand("XMAILSPECAUDIT", ex -> ex.sendLine("+OK sure"))));
        s.sendMalformed("an unknown command");
        assertThatThrownBy(() -> s.answeredWith("-ERR or CLOSED")).isInstanceOf(RuleViolation.class).hasMessageContaining("+OK");
    }

    @Test
    void unknownCommandAnsweredErrPasses() throws Exception {
        Pop3RobustnessAuditSteps s = new Pop3RobustnessAuditSteps(plainWorld(pop3("+OK ready", "USER")
                .onCommand("XMAILSPECAUDIT", ex -> ex.sendLine("-ERR Unknown command."))));
        s.sendMalformed("an unknown command");
        s.answeredWith("-ERR or CLOSED");
        s.stillServing();
    }

    @Test
    @NegativeControl("Pop3RobustnessAuditSteps#stillServing")
    void aServerThatStopsGreetingIsAViolation() throws Exception {
        Pop3AuditWorld w = plainWorld(ScriptedServer.builder().then("greet the first connection only", ex -> {
            if (ex.index() == 0) {
                ex.sendLine("+OK ready");
            } else {
                ex.sendLine("-ERR server is shutting down");
                ex.close();
            }
        }).onCommand(".*", ex -> ex.close()));
        Pop3RobustnessAuditSteps s = new Pop3RobustnessAuditSteps(w);
        s.sendMalformed("a NUL byte in a command");
        s.answeredWith("-ERR or CLOSED");
        assertThatThrownBy(s::stillServing).isInstanceOf(RuleViolation.class).hasMessageContaining("shutting down");
    }
}
