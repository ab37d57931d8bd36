package org.mailspec.imap.steps.audit;

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
import org.mailspec.imap.ImapClient;
import org.mailspec.testing.NegativeControl;
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;
import org.opentest4j.TestAbortedException;

/**
 * Every IMAP audit assertion fails against a scripted server that breaks its rule (the
 * NegativeControl) and passes against one that keeps it; and the shared steps judge IMAP's
 * answers with IMAP's rules (ImapAudit). The shared steps' own negative controls are core's.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ImapAuditStepsTest {
    static final String SAFE_CAPS = "IMAP4rev1 STARTTLS LOGINDISABLED";
    static final String OPEN_CAPS = "IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=LOGIN AUTH=ANONYMOUS";

    private ScriptedServer server;
    private AuditWorld<ImapClient> world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private AuditWorld<ImapClient> world(ScriptedTarget target) {
        world = new AuditWorld<>(SuiteContext.of(Settings.of(Map.of()), "test", target), new ImapAudit());
        return world;
    }

    private static ScriptedServer.Builder greeting(String caps) {
        return ScriptedServer.builder().line("* OK [CAPABILITY " + caps + "] ready");
    }

    private AuditWorld<ImapClient> plainWorld(ScriptedServer.Builder b) {
        server = b.start();
        return world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
    }

    private AuditWorld<ImapClient> implicitWorld(ScriptedServer.Builder b) {
        server = b.implicitTls().start();
        return world(ScriptedTarget.of(server.endpoint()));
    }

    /** The shared Given: connects without TLS and reads CAPABILITY. */
    private static void connectWithoutTls(AuditWorld<ImapClient> w) throws Exception {
        new ConnectionAuditSteps(w).connectWithoutTls("IMAP");
    }

    // ------------------------------------------------------------------ cleartext

    @Test
    @NegativeControl("ImapCredentialAuditSteps#loginDisabledAdvertised")
    void loginDisabledMissingIsAViolation() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(OPEN_CAPS));
        connectWithoutTls(w);
        assertThatThrownBy(new ImapCredentialAuditSteps(w)::loginDisabledAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("LOGINDISABLED").hasMessageContaining("CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN");
        assertThat(server.clientAddresses().get(0).getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void loginDisabledAdvertisedPasses() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(SAFE_CAPS));
        connectWithoutTls(w);
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(w);
        s.loginDisabledAdvertised();
        s.noCleartextMechanismAdvertised();
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#noCleartextMechanismAdvertised")
    void authPlainBeforeTlsIsAViolation() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(OPEN_CAPS));
        connectWithoutTls(w);
        assertThatThrownBy(new ImapCredentialAuditSteps(w)::noCleartextMechanismAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("AUTH=PLAIN");
    }

    @Test
    void cleartextLoginAcceptedIsJudgedWithImapsRule() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(OPEN_CAPS)
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> ex.replyLine("{tag} OK Logged in")));
        connectWithoutTls(w);
        new ImapCredentialAuditSteps(w).cleartextLogin();
        assertThatThrownBy(new CredentialAuditSteps<>(w)::cleartextCredentialsRefused).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("without TLS the server refuses a cleartext password (RFC 9051 6.2.3, RFC 2595 2.3)");
            assertThat(v.expected()).isEqualTo("NO or BAD (e.g. NO [PRIVACYREQUIRED])");
            assertThat(v.actual()).isEqualTo("LOGIN mailspec1 *** answered \"A001 OK Logged in\\r\\n\"");
        });
    }

    @Test
    void cleartextAuthenticatePlainRefusedPasses() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(SAFE_CAPS)
                .onCommand(ScriptedServer.TAG + " AUTHENTICATE PLAIN.*",
                        ex -> ex.replyLine("{tag} NO [PRIVACYREQUIRED] Plaintext authentication disallowed")));
        connectWithoutTls(w);
        new ImapCredentialAuditSteps(w).cleartextAuthenticatePlain();
        new CredentialAuditSteps<>(w).cleartextCredentialsRefused();
    }

    // ------------------------------------------------------------------ anonymous

    @Test
    @NegativeControl("ImapCredentialAuditSteps#anonymousNotAdvertised")
    void anonymousAdvertisedIsAViolation() throws Exception {
        AuditWorld<ImapClient> w = implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN AUTH=ANONYMOUS"));
        new ConnectionAuditSteps(w).connectWithTls("IMAP");
        assertThatThrownBy(new ImapCredentialAuditSteps(w)::anonymousNotAdvertised).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("AUTH=ANONYMOUS");
    }

    @Test
    void anonymousNotAdvertisedPasses() throws Exception {
        AuditWorld<ImapClient> w = implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN"));
        new ConnectionAuditSteps(w).connectWithTls("IMAP");
        new ImapCredentialAuditSteps(w).anonymousNotAdvertised();
    }

    @Test
    void anonymousLoginAcceptedIsJudgedWithImapsRule() throws Exception {
        AuditWorld<ImapClient> w = implicitWorld(greeting("IMAP4rev1 AUTH=ANONYMOUS")
                .expect(ScriptedServer.TAG + " AUTHENTICATE ANONYMOUS").replyLine("+ ")
                .expect(".*").replyLine("{tag} OK Logged in"));
        new ConnectionAuditSteps(w).connectWithTls("IMAP");
        new ImapCredentialAuditSteps(w).authenticateAnonymous();
        assertThatThrownBy(new CredentialAuditSteps<>(w)::anonymousLoginRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Expected: NO or BAD").hasMessageContaining("AUTHENTICATE ANONYMOUS answered \"A001 OK Logged in");
    }

    @Test
    void anonymousLoginRefusedPasses() throws Exception {
        AuditWorld<ImapClient> w = implicitWorld(greeting("IMAP4rev1")
                .expect(ScriptedServer.TAG + " AUTHENTICATE ANONYMOUS").replyLine("{tag} NO Unsupported authentication mechanism."));
        new ConnectionAuditSteps(w).connectWithTls("IMAP");
        new ImapCredentialAuditSteps(w).authenticateAnonymous();
        new CredentialAuditSteps<>(w).anonymousLoginRefused();
    }

    // ------------------------------------------------------------------ ImapAudit: how the shared steps log in

    private static ScriptedServer.Builder loginFailures(boolean tellsUnknown) {
        return greeting("IMAP4rev1 AUTH=PLAIN")
                .onCommand(ScriptedServer.TAG + " LOGIN mailspec-nobody-.*", ex -> ex.replyLine(tellsUnknown
                        ? "{tag} NO [CONTACTADMIN] no such account" : "{tag} NO [AUTHENTICATIONFAILED] Authentication failed."))
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> ex.replyLine("{tag} NO [AUTHENTICATIONFAILED] Authentication failed."));
    }

    @Test
    void unknownUserToldApartIsJudgedWithImapsRule() throws Exception {
        CredentialAuditSteps<ImapClient> s = new CredentialAuditSteps<>(implicitWorld(loginFailures(true)));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::bothFailuresAnsweredAlike).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("(RFC 3501 11.2)").hasMessageContaining("no such account");
    }

    @Test
    void failuresAnsweredAlikePass() throws Exception {
        CredentialAuditSteps<ImapClient> s = new CredentialAuditSteps<>(implicitWorld(loginFailures(false)));
        s.failUnknownUserAndWrongPassword();
        s.bothFailuresAnsweredAlike();
    }

    @Test
    void underLoginDisabledTheAuditLogsInWithAuthenticatePlain() throws Exception {
        AuditWorld<ImapClient> w = implicitWorld(greeting("IMAP4rev1 LOGINDISABLED AUTH=PLAIN SASL-IR")
                .onCommand(ScriptedServer.TAG + " AUTHENTICATE PLAIN \\S+", ex -> ex.replyLine("{tag} NO [AUTHENTICATIONFAILED] no")));
        new CredentialAuditSteps<>(w).failUnknownUserAndWrongPassword();
        assertThat(server.received()).anyMatch(l -> l.contains("AUTHENTICATE PLAIN")).noneMatch(l -> l.contains(" LOGIN "));
        assertThat(w.observations()).allMatch(o -> o.refused());
    }

    @Test
    void aByeAfterFailuresEndsTheProbeAsSlowedDown() throws Exception {
        CredentialAuditSteps<ImapClient> s = new CredentialAuditSteps<>(implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN")
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> {
                    ex.replyLine("* BYE Too many invalid login attempts");
                    ex.close();
                })));
        s.failRepeatedly(3);
        s.failuresDelayedOrRefused();
    }

    // ------------------------------------------------------------------ banners

    private ImapBannerAuditSteps idServer(String id) throws Exception {
        server = greeting("IMAP4rev1 ID").onCommand(ScriptedServer.TAG + " ID .*", ex -> {
            ex.sendLine(id);
            ex.replyLine("{tag} OK ID completed.");
        }).start();
        AuditWorld<ImapClient> w = world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
        new ConnectionAuditSteps(w).connect("IMAP");
        ImapBannerAuditSteps s = new ImapBannerAuditSteps(w);
        s.sendId();
        return s;
    }

    @Test
    @NegativeControl("ImapBannerAuditSteps#noVersionInId")
    void versionInIdIsAViolation() throws Exception {
        ImapBannerAuditSteps s = idServer("* ID (\"name\" \"Dovecot\" \"version\" \"2.3.19.1\")");
        assertThatThrownBy(s::noVersionInId).isInstanceOf(RuleViolation.class).hasMessageContaining("version");
    }

    @Test
    void idWithNameOnlyPasses() throws Exception {
        idServer("* ID (\"name\" \"Dovecot\")").noVersionInId();
    }

    // ------------------------------------------------------------------ TLS

    @Test
    @NegativeControl("ImapTlsAuditSteps#startTlsAdvertised")
    void noStartTlsIsAViolation() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting("IMAP4rev1 AUTH=PLAIN"));
        connectWithoutTls(w);
        assertThatThrownBy(new ImapTlsAuditSteps(w)::startTlsAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("STARTTLS");
    }

    @Test
    void startTlsAdvertisedPasses() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(greeting(SAFE_CAPS));
        connectWithoutTls(w);
        new ImapTlsAuditSteps(w).startTlsAdvertised();
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#pipelinedCommandNotExecuted")
    void commandInjectedBeforeTheHandshakeIsAViolation() throws Exception {
        // the CVE-2011-0411 server: it reads the pipelined NOOP before TLS and answers it inside TLS
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(plainWorld(greeting(SAFE_CAPS)
                .expect("S1 STARTTLS").expect("S2 NOOP")
                .replyThenStartTls("S1 OK Begin TLS negotiation now.\r\n")
                .line("S2 OK NOOP completed.")
                .onCommand("S3 NOOP", ex -> ex.sendLine("S3 OK NOOP completed."))));
        s.startTlsWithPipelinedCommand();
        assertThatThrownBy(s::pipelinedCommandNotExecuted).isInstanceOf(RuleViolation.class).hasMessageContaining("S2");
    }

    @Test
    void commandPipelinedWithStartTlsDiscardedPasses() throws Exception {
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(plainWorld(greeting(SAFE_CAPS)
                .expect("S1 STARTTLS")
                .replyThenStartTls("S1 OK Begin TLS negotiation now.\r\n")
                .onCommand("S3 NOOP", ex -> ex.sendLine("S3 OK NOOP completed."))));
        s.startTlsWithPipelinedCommand();
        s.pipelinedCommandNotExecuted();
        assertThat(server.events()).anyMatch(e -> e.contains("before the TLS handshake") && e.contains("S2 NOOP"));
    }

    // ------------------------------------------------------------------ robustness

    @Test
    @NegativeControl("ImapRobustnessAuditSteps#answeredWith")
    void unknownCommandAcceptedIsAViolation() throws Exception {
        ImapRobustnessAuditSteps s = new ImapRobustnessAuditSteps(plainWorld(greeting("IMAP4rev1")
                .onCommand("R1 XMAILSPECAUDIT", ex -> ex.replyLine("R1 OK whatever you say"))));
        s.sendMalformed("an unknown command");
        assertThatThrownBy(() -> s.answeredWith("BAD or BYE")).isInstanceOf(RuleViolation.class).hasMessageContaining("tagged OK");
    }

    @Test
    void unknownCommandAnsweredBadPasses() throws Exception {
        ImapRobustnessAuditSteps s = new ImapRobustnessAuditSteps(plainWorld(greeting("IMAP4rev1")
                .onCommand("R1 XMAILSPECAUDIT", ex -> ex.replyLine("R1 BAD Unknown command"))
                .onCommand(ScriptedServer.TAG + " NOOP", ex -> ex.replyLine("{tag} OK NOOP completed."))));
        s.sendMalformed("an unknown command");
        s.answeredWith("BAD or BYE");
        s.stillServing();
    }

    @Test
    @NegativeControl("ImapRobustnessAuditSteps#stillServing")
    void aServerThatStopsGreetingIsAViolation() throws Exception {
        AuditWorld<ImapClient> w = plainWorld(ScriptedServer.builder().then("greet the first connection only", ex -> {
            if (ex.index() == 0) {
                ex.sendLine("* OK [CAPABILITY IMAP4rev1] ready");
            } else {
                ex.sendLine("* BYE Server shutting down");
                ex.close();
            }
        }).onCommand("R1 .*", ex -> {
            ex.replyLine("* BYE Fatal error");
            ex.close();
        }));
        ImapRobustnessAuditSteps s = new ImapRobustnessAuditSteps(w);
        s.sendMalformed("a NUL byte in an atom");
        s.answeredWith("BAD or BYE");
        assertThatThrownBy(s::stillServing).isInstanceOf(RuleViolation.class).hasMessageContaining("BYE");
    }

    @Test
    void aBurstIsCountedAndAClientThatStopsMidLiteralIsRecorded() throws Exception {
        ImapRobustnessAuditSteps s = new ImapRobustnessAuditSteps(plainWorld(greeting("IMAP4rev1")
                .onCommand("(?<tag>B\\d+) NOOP", ex -> ex.replyLine("{tag} OK NOOP completed."))));
        s.sendMalformed("a burst of pipelined commands");
        s.answeredWith("OK or BYE");
        assertThatThrownBy(() -> s.answeredWith("BAD")).isInstanceOf(RuleViolation.class).hasMessageContaining("100 of 100");
    }
}
