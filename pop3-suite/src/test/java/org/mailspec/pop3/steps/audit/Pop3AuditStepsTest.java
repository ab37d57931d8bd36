package org.mailspec.pop3.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.audit.steps.ConnectionAuditSteps;
import org.mailspec.audit.steps.CredentialAuditSteps;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;

/**
 * Every POP3 audit assertion fails against a scripted server that breaks its rule, and passes
 * against one that keeps it; and the shared steps judge POP3's answers with POP3's rules
 * (Pop3Audit). The shared steps' own negative controls are core's.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class Pop3AuditStepsTest {
    private ScriptedServer server;
    private AuditWorld<Pop3Client> world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private AuditWorld<Pop3Client> world(ScriptedTarget target) {
        world = new AuditWorld<>(SuiteContext.of(Settings.of(Map.of()), "test", target), new Pop3Audit());
        return world;
    }

    /** A POP3 server with the given greeting and CAPA lines, then the rules of {@code more}. */
    private static ScriptedServer.Builder pop3(String greeting, String... capa) {
        String capaReply = "+OK\r\n" + String.join("", java.util.Arrays.stream(capa).map(c -> c + "\r\n").toList()) + ".\r\n";
        return ScriptedServer.builder().line(greeting).onCommand("CAPA", ex -> ex.send(capaReply));
    }

    private AuditWorld<Pop3Client> plainWorld(ScriptedServer.Builder b) {
        server = b.start();
        return world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
    }

    private AuditWorld<Pop3Client> implicitWorld(ScriptedServer.Builder b) {
        server = b.implicitTls().start();
        return world(ScriptedTarget.of(server.endpoint()));
    }

    /** The shared Given: connects without TLS and reads CAPA. */
    private static void connectWithoutTls(AuditWorld<Pop3Client> w) throws Exception {
        new ConnectionAuditSteps(w).connectWithoutTls("POP3");
    }

    // ------------------------------------------------------------------ cleartext

    @Test
    void cleartextUserPassAcceptedIsJudgedWithPop3sRule() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(pop3("+OK ready", "USER", "STLS")
                .onCommand("USER .*", ex -> ex.sendLine("+OK"))
                .onCommand("PASS .*", ex -> ex.sendLine("+OK Logged in.")));
        connectWithoutTls(w);
        new Pop3CredentialAuditSteps(w).cleartextUserPass();
        assertThatThrownBy(new CredentialAuditSteps<>(w)::cleartextCredentialsRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("password (RFC 2595 2.3)").hasMessageContaining("-ERR (e.g. -ERR [AUTH]")
                .hasMessageContaining("USER mailspec1 / PASS *** answered \"+OK Logged in.")
                .hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
        assertThat(server.clientAddresses().get(0).getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void cleartextRefusedPasses() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(pop3("+OK ready", "STLS")
                .onCommand("USER .*", ex -> ex.sendLine("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections."))
                .onCommand("AUTH PLAIN.*", ex -> ex.sendLine("-ERR [AUTH] Plaintext authentication disallowed.")));
        connectWithoutTls(w);
        Pop3CredentialAuditSteps s = new Pop3CredentialAuditSteps(w);
        CredentialAuditSteps<Pop3Client> judge = new CredentialAuditSteps<>(w);
        s.cleartextUserPass();
        judge.cleartextCredentialsRefused();
        s.cleartextAuthPlain();
        judge.cleartextCredentialsRefused();
        s.noCleartextLoginAdvertised();
    }

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#noCleartextLoginAdvertised")
    void userAdvertisedBeforeTlsIsAViolation() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(pop3("+OK ready", "USER", "SASL PLAIN LOGIN", "STLS"));
        connectWithoutTls(w);
        assertThatThrownBy(new Pop3CredentialAuditSteps(w)::noCleartextLoginAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("USER").hasMessageContaining("SASL PLAIN");
    }

    // ------------------------------------------------------------------ anonymous

    @Test
    @NegativeControl("Pop3CredentialAuditSteps#anonymousNotAdvertised")
    void anonymousAdvertisedIsAViolation() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(pop3("+OK ready", "USER", "SASL PLAIN ANONYMOUS"));
        new ConnectionAuditSteps(w).connectWithTls("POP3");
        assertThatThrownBy(new Pop3CredentialAuditSteps(w)::anonymousNotAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("CAPA SASL [PLAIN, ANONYMOUS]");
    }

    @Test
    void anonymousNotAdvertisedPasses() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(pop3("+OK ready", "USER", "SASL PLAIN"));
        new ConnectionAuditSteps(w).connectWithTls("POP3");
        new Pop3CredentialAuditSteps(w).anonymousNotAdvertised();
    }

    @Test
    void anonymousLoginAcceptedIsJudgedWithPop3sRule() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(pop3("+OK ready", "SASL ANONYMOUS")
                .onCommand("AUTH ANONYMOUS .*", ex -> ex.sendLine("+OK Logged in.")));
        new ConnectionAuditSteps(w).connectWithTls("POP3");
        new Pop3CredentialAuditSteps(w).authAnonymous();
        assertThatThrownBy(new CredentialAuditSteps<>(w)::anonymousLoginRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Expected: -ERR").hasMessageContaining("AUTH ANONYMOUS answered \"+OK Logged in.");
    }

    @Test
    void anonymousLoginRefusedPasses() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(pop3("+OK ready", "SASL PLAIN")
                .onCommand("AUTH ANONYMOUS .*", ex -> ex.sendLine("-ERR [AUTH] Unsupported authentication mechanism.")));
        new ConnectionAuditSteps(w).connectWithTls("POP3");
        new Pop3CredentialAuditSteps(w).authAnonymous();
        new CredentialAuditSteps<>(w).anonymousLoginRefused();
    }

    // ------------------------------------------------------------------ user names, and how Pop3Audit logs in

    private static ScriptedServer.Builder logins(boolean tellsUnknownAtUser, boolean tellsUnknownAtPass) {
        return pop3("+OK ready", "USER")
                .onCommand("USER mailspec-nobody-.*", ex -> ex.sendLine(tellsUnknownAtUser ? "-ERR no such user" : "+OK"))
                .onCommand("USER .*", ex -> ex.sendLine("+OK"))
                .onCommand("PASS .*", ex -> ex.sendLine(tellsUnknownAtPass && ex.index() == 0
                        ? "-ERR [AUTH] unknown user" : "-ERR [AUTH] Authentication failed."));
    }

    @Test
    void userRevealingUnknownNamesIsJudgedWithPop3sRule() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(logins(true, false));
        new Pop3CredentialAuditSteps(w).userUnknownAndKnown();
        assertThatThrownBy(new CredentialAuditSteps<>(w)::bothAnsweredAlike).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("(RFC 1939 13)").hasMessageContaining("no such user");
    }

    @Test
    void passRevealingUnknownNamesIsAViolation() throws Exception {
        CredentialAuditSteps<Pop3Client> s = new CredentialAuditSteps<>(implicitWorld(logins(false, true)));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::bothAnsweredAlike).isInstanceOf(RuleViolation.class).hasMessageContaining("unknown user");
    }

    @Test
    void alikeAnswersPass() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(logins(false, false));
        CredentialAuditSteps<Pop3Client> s = new CredentialAuditSteps<>(w);
        new Pop3CredentialAuditSteps(w).userUnknownAndKnown();
        s.bothAnsweredAlike();
        s.failUnknownUserAndWrongPassword();
        s.bothAnsweredAlike();
    }

    @Test
    void withoutUserInCapaTheAuditLogsInWithAuthPlain() throws Exception {
        AuditWorld<Pop3Client> w = implicitWorld(pop3("+OK ready", "SASL PLAIN")
                .onCommand("AUTH PLAIN \\S+", ex -> ex.sendLine("-ERR [AUTH] Authentication failed.")));
        new CredentialAuditSteps<>(w).failUnknownUserAndWrongPassword();
        assertThat(server.received()).anyMatch(l -> l.startsWith("AUTH PLAIN ")).noneMatch(l -> l.startsWith("USER "));
        assertThat(w.observations()).allMatch(o -> o.refused());
    }

    // ------------------------------------------------------------------ TLS

    @Test
    @NegativeControl("Pop3TlsAuditSteps#stlsAdvertised")
    void noStlsIsAViolation() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(pop3("+OK ready", "USER"));
        connectWithoutTls(w);
        assertThatThrownBy(new Pop3TlsAuditSteps(w)::stlsAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("STLS");
    }

    @Test
    void stlsAdvertisedPasses() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(pop3("+OK ready", "STLS"));
        connectWithoutTls(w);
        new Pop3TlsAuditSteps(w).stlsAdvertised();
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
                .onCommand("XMAILSPECAUDIT", ex -> ex.sendLine("-ERR Unknown command."))
                .onCommand("QUIT", ex -> ex.sendLine("+OK Logging out."))));
        s.sendMalformed("an unknown command");
        s.answeredWith("-ERR or CLOSED");
        s.stillServing();
    }

    /** Issue 12 section 7: CAPA is optional (RFC 2449 5), so a server without it is judged too. */
    @Test
    void aServerWithoutCapaIsStillJudgedServing() throws Exception {
        Pop3RobustnessAuditSteps s = new Pop3RobustnessAuditSteps(plainWorld(ScriptedServer.builder().line("+OK ready")
                .onCommand("CAPA", ex -> ex.sendLine("-ERR unknown command"))
                .onCommand("XMAILSPECAUDIT", ex -> ex.sendLine("-ERR unknown command"))
                .onCommand("QUIT", ex -> {
                    ex.sendLine("+OK bye");
                    ex.close();
                })));
        s.sendMalformed("an unknown command");
        s.answeredWith("-ERR or CLOSED");
        s.stillServing();
    }

    @Test
    @NegativeControl("Pop3RobustnessAuditSteps#stillServing")
    void aServerThatGreetsButServesNoCommandIsAViolation() throws Exception {
        Pop3RobustnessAuditSteps s = new Pop3RobustnessAuditSteps(plainWorld(ScriptedServer.builder().line("+OK ready")
                .onCommand("XMAILSPECAUDIT", ex -> ex.sendLine("-ERR unknown command"))
                .onCommand("QUIT", ex -> ex.sendLine("-ERR server busy"))));
        s.sendMalformed("an unknown command");
        s.answeredWith("-ERR or CLOSED");
        assertThatThrownBy(s::stillServing).isInstanceOf(RuleViolation.class).hasMessageContaining("server busy");
    }

    @Test
    @NegativeControl("Pop3RobustnessAuditSteps#stillServing")
    void aServerThatStopsGreetingIsAViolation() throws Exception {
        AuditWorld<Pop3Client> w = plainWorld(ScriptedServer.builder().then("greet the first connection only", ex -> {
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
