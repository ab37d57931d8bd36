package org.mailspec.imap.steps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
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

/**
 * Every IMAP audit assertion fails against a scripted server that breaks its rule (the
 * NegativeControl) and passes against one that keeps it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ImapAuditStepsTest {
    static final String SAFE_CAPS = "IMAP4rev1 STARTTLS LOGINDISABLED";
    static final String OPEN_CAPS = "IMAP4rev1 STARTTLS AUTH=PLAIN AUTH=LOGIN AUTH=ANONYMOUS";

    private ScriptedServer server;
    private ImapAuditWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ImapAuditWorld world(ScriptedTarget target) {
        return world(target, Map.of(), Clock.systemUTC());
    }

    private ImapAuditWorld world(ScriptedTarget target, Map<String, String> settings, Clock clock) {
        world = new ImapAuditWorld(SuiteContext.of(Settings.of(settings), "test", target));
        world.use(clock, Optional.empty());
        return world;
    }

    private static ScriptedServer.Builder greeting(String caps) {
        return ScriptedServer.builder().line("* OK [CAPABILITY " + caps + "] ready");
    }

    private ImapAuditWorld plainWorld(ScriptedServer.Builder b) {
        server = b.start();
        return world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
    }

    private ImapAuditWorld implicitWorld(ScriptedServer.Builder b) {
        server = b.implicitTls().start();
        return world(ScriptedTarget.of(server.endpoint()));
    }

    // ------------------------------------------------------------------ cleartext

    @Test
    @NegativeControl("ImapCredentialAuditSteps#loginDisabledAdvertised")
    void loginDisabledMissingIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(plainWorld(greeting(OPEN_CAPS)));
        s.connectWithoutTls();
        assertThatThrownBy(s::loginDisabledAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("LOGINDISABLED");
        assertThat(server.clientAddresses().get(0).getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void loginDisabledAdvertisedPasses() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(plainWorld(greeting(SAFE_CAPS)));
        s.connectWithoutTls();
        s.loginDisabledAdvertised();
        s.noCleartextMechanismAdvertised();
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#noCleartextMechanismAdvertised")
    void authPlainBeforeTlsIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(plainWorld(greeting(OPEN_CAPS)));
        s.connectWithoutTls();
        assertThatThrownBy(s::noCleartextMechanismAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("AUTH=PLAIN");
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#cleartextCredentialsRefused")
    void cleartextLoginAcceptedIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(plainWorld(greeting(OPEN_CAPS)
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> ex.replyLine("{tag} OK Logged in"))));
        s.connectWithoutTls();
        s.cleartextLogin();
        assertThatThrownBy(s::cleartextCredentialsRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Logged in").hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
    }

    @Test
    void cleartextLoginRefusedPasses() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(plainWorld(greeting(SAFE_CAPS)
                .onCommand(ScriptedServer.TAG + " AUTHENTICATE PLAIN.*",
                        ex -> ex.replyLine("{tag} NO [PRIVACYREQUIRED] Plaintext authentication disallowed"))));
        s.connectWithoutTls();
        s.cleartextAuthenticatePlain();
        s.cleartextCredentialsRefused();
    }

    @Test
    void theServersOwnAddressIsNotJudged() throws Exception {
        server = greeting(OPEN_CAPS).start();
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))
                .boundTo("127.0.0.1")));
        assertThatThrownBy(s::connectWithoutTls).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("the server's own address 127.0.0.1");
    }

    // ------------------------------------------------------------------ anonymous

    @Test
    @NegativeControl("ImapCredentialAuditSteps#anonymousNotAdvertised")
    void anonymousAdvertisedIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN AUTH=ANONYMOUS")));
        s.connectWithTls();
        assertThatThrownBy(s::anonymousNotAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("AUTH=ANONYMOUS");
    }

    @Test
    void anonymousNotAdvertisedPasses() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN")));
        s.connectWithTls();
        s.anonymousNotAdvertised();
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#anonymousLoginRefused")
    void anonymousLoginAcceptedIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1 AUTH=ANONYMOUS")
                .expect(ScriptedServer.TAG + " AUTHENTICATE ANONYMOUS").replyLine("+ ")
                .expect(".*").replyLine("{tag} OK Logged in")));
        s.connectWithTls();
        s.authenticateAnonymous();
        assertThatThrownBy(s::anonymousLoginRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("OK Logged in");
    }

    @Test
    void anonymousLoginRefusedPasses() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1")
                .expect(ScriptedServer.TAG + " AUTHENTICATE ANONYMOUS").replyLine("{tag} NO Unsupported authentication mechanism.")));
        s.connectWithTls();
        s.authenticateAnonymous();
        s.anonymousLoginRefused();
    }

    // ------------------------------------------------------------------ failed logins

    private static ScriptedServer.Builder loginFailures(boolean tellsUnknown) {
        return greeting("IMAP4rev1 AUTH=PLAIN")
                .onCommand(ScriptedServer.TAG + " LOGIN mailspec-nobody-.*", ex -> ex.replyLine(tellsUnknown
                        ? "{tag} NO [CONTACTADMIN] no such account" : "{tag} NO [AUTHENTICATIONFAILED] Authentication failed."))
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> ex.replyLine("{tag} NO [AUTHENTICATIONFAILED] Authentication failed."));
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#failuresAnsweredAlike")
    void unknownUserToldApartIsAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(loginFailures(true)));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::failuresAnsweredAlike).isInstanceOf(RuleViolation.class).hasMessageContaining("no such account");
        assertThat(server.clientAddresses()).allSatisfy(a -> assertThat(a.getHostAddress()).startsWith("127.0.0."))
                .extracting(java.net.InetAddress::getHostAddress).doesNotHaveDuplicates();
    }

    @Test
    void failuresAnsweredAlikePass() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(loginFailures(false)));
        s.failUnknownUserAndWrongPassword();
        s.failuresAnsweredAlike();
    }

    @Test
    void failuresThatEchoTheUserNamePass() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1")
                .onCommand(ScriptedServer.TAG + " LOGIN (?<user>\\S+) .*",
                        ex -> ex.replyLine("{tag} NO LOGIN failed. Invalid login/password for user id {user}"))));
        s.failUnknownUserAndWrongPassword();
        s.failuresAnsweredAlike();
    }

    @Test
    @NegativeControl("ImapCredentialAuditSteps#failuresDelayedOrRefused")
    void undelayedFailuresAreAViolation() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(loginFailures(false)));
        s.failRepeatedly(3);
        assertThat(world.observations).hasSize(3);
        assertThatThrownBy(s::failuresDelayedOrRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("failed login 3 of 3");
    }

    @Test
    void aServerThatClosesAfterFailuresPasses() throws Exception {
        ImapCredentialAuditSteps s = new ImapCredentialAuditSteps(implicitWorld(greeting("IMAP4rev1 AUTH=PLAIN")
                .onCommand(ScriptedServer.TAG + " LOGIN .*", ex -> {
                    ex.replyLine("* BYE Too many invalid login attempts");
                    ex.close();
                })));
        s.failRepeatedly(3);
        s.failuresDelayedOrRefused();
    }

    // ------------------------------------------------------------------ banners

    @Test
    @NegativeControl("ImapBannerAuditSteps#noVersionInGreeting")
    void versionInGreetingIsAViolation() throws Exception {
        server = ScriptedServer.builder().line("* OK [CAPABILITY IMAP4rev1] Dovecot 2.3.19.1 ready.").start();
        ImapBannerAuditSteps s = new ImapBannerAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))));
        s.connect();
        assertThatThrownBy(s::noVersionInGreeting).isInstanceOf(RuleViolation.class).hasMessageContaining("2.3.19.1");
    }

    @Test
    void greetingWithoutVersionPasses() throws Exception {
        server = ScriptedServer.builder().line("* OK [CAPABILITY IMAP4rev1] Dovecot (Debian) ready.").start();
        ImapBannerAuditSteps s = new ImapBannerAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))));
        s.connect();
        s.noVersionInGreeting();
    }

    private ImapBannerAuditSteps idServer(String id) throws Exception {
        server = greeting("IMAP4rev1 ID").onCommand(ScriptedServer.TAG + " ID .*", ex -> {
            ex.sendLine(id);
            ex.replyLine("{tag} OK ID completed.");
        }).start();
        ImapBannerAuditSteps s = new ImapBannerAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))));
        s.connect();
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
        ImapAuditWorld w = plainWorld(greeting("IMAP4rev1 AUTH=PLAIN"));
        new ImapCredentialAuditSteps(w).connectWithoutTls();
        assertThatThrownBy(new ImapTlsAuditSteps(w)::startTlsAdvertised).isInstanceOf(RuleViolation.class).hasMessageContaining("STARTTLS");
    }

    @Test
    void startTlsAdvertisedPasses() throws Exception {
        ImapAuditWorld w = plainWorld(greeting(SAFE_CAPS));
        new ImapCredentialAuditSteps(w).connectWithoutTls();
        new ImapTlsAuditSteps(w).startTlsAdvertised();
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#tlsFromTheFirstByte")
    void plaintextOnTheImapsPortIsAViolation() throws Exception {
        server = greeting(SAFE_CAPS).start();
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))
                .withImaps(server.endpoint(TlsMode.IMPLICIT))));
        s.connectImaps();
        assertThatThrownBy(s::tlsFromTheFirstByte).isInstanceOf(RuleViolation.class).hasMessageContaining("TLS");
    }

    @Test
    void tlsOnTheImapsPortPasses() throws Exception {
        server = greeting("IMAP4rev1").implicitTls().start();
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withImaps(server.endpoint())));
        s.connectImaps();
        s.tlsFromTheFirstByte();
    }

    /** A server on the IMAPS port that reads a ClientHello and answers with the given TLS record. */
    private ImapTlsAuditSteps legacyServer(byte[] answer) throws Exception {
        server = ScriptedServer.builder().then("read a ClientHello and answer", ex -> {
            byte[] header = ex.readBytes(5);
            ex.readBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            ex.send(answer);
        }).stall().start();
        return new ImapTlsAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withImaps(server.endpoint(TlsMode.IMPLICIT))));
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#offerRefused")
    void acceptedTls11IsAViolation() throws Exception {
        ImapTlsAuditSteps s = legacyServer(new byte[] {0x16, 3, 2, 0, 6, 2, 0, 0, 2, 3, 2});
        s.offerOnly("TLSv1.1");
        assertThatThrownBy(s::offerRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("accepted: ServerHello with TLSv1.1");
    }

    @Test
    void refusedTls10Passes() throws Exception {
        ImapTlsAuditSteps s = legacyServer(new byte[] {0x15, 3, 1, 0, 2, 2, 70});
        s.offerOnly("TLSv1");
        s.offerRefused();
    }

    private ImapTlsAuditSteps certificate(ScriptedTarget target, Map<String, String> settings, Clock clock) throws Exception {
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(world(target, settings, clock));
        s.readCertificate();
        return s;
    }

    private ScriptedTarget tlsTarget() {
        server = greeting("IMAP4rev1 AUTH=PLAIN").implicitTls().start();
        return ScriptedTarget.of(server.endpoint());
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#certificateNamesServer")
    void certificateForAnotherNameIsAViolation() throws Exception {
        ImapTlsAuditSteps s = certificate(tlsTarget(), Map.of("tls.server.name", "mail.example.org"), Clock.systemUTC());
        assertThatThrownBy(s::certificateNamesServer).isInstanceOf(RuleViolation.class).hasMessageContaining("mail.example.org");
    }

    @Test
    void certificateForTheHostPasses() throws Exception {
        certificate(tlsTarget(), Map.of(), Clock.systemUTC()).certificateNamesServer();
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#certificateValid")
    void expiredCertificateIsAViolation() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC);
        ImapTlsAuditSteps s = certificate(tlsTarget(), Map.of(), later);
        assertThatThrownBy(s::certificateValid).isInstanceOf(RuleViolation.class).hasMessageContaining("valid from");
    }

    @Test
    void certificateWithinItsValidityPasses() throws Exception {
        certificate(tlsTarget(), Map.of(), Clock.systemUTC()).certificateValid();
    }

    @Test
    @NegativeControl("ImapTlsAuditSteps#certificateTrusted")
    void selfSignedCertificateIsAViolation() throws Exception {
        ImapTlsAuditSteps s = certificate(tlsTarget().strictTls(), Map.of(), Clock.systemUTC());
        assertThatThrownBy(s::certificateTrusted).isInstanceOf(RuleViolation.class).hasMessageContaining("self-signed");
    }

    @Test
    void selfSignedCertificateIsSkippedUnderTlsInsecure() throws Exception {
        ImapTlsAuditSteps s = certificate(tlsTarget(), Map.of(), Clock.systemUTC());
        assertThatThrownBy(s::certificateTrusted).isInstanceOf(TestAbortedException.class).hasMessageContaining("tls.insecure=true");
    }

    @Test
    void certificateFromATrustedRootPasses() throws Exception {
        ScriptedTarget t = tlsTarget().strictTls();
        world = new ImapAuditWorld(SuiteContext.of(Settings.of(Map.of()), "test", t));
        world.use(Clock.systemUTC(), Optional.of(ScriptedServer.trustStore()));
        ImapTlsAuditSteps s = new ImapTlsAuditSteps(world);
        s.readCertificate();
        s.certificateTrusted();
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

    // ------------------------------------------------------------------ logs

    private ImapLogAuditSteps loggingServer(Path log, boolean logsPasswords) throws Exception {
        Files.writeString(log, "earlier line with an old $6$saltsaltsalt$hashhashhashhashhashhash\n");
        server = greeting("IMAP4rev1 AUTH=PLAIN").onCommand(ScriptedServer.TAG + " LOGIN (\\S+) (\\S+)", ex -> {
            String[] w = ex.line().split(" ");
            boolean ok = w[3].equals(ScriptedTarget.ACCOUNT.password());
            String entry = "auth: login " + w[2] + (logsPasswords ? " (given password: " + w[3] + ")" : "")
                    + (ok ? " ok" : " failed") + "\n";
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            ex.replyLine(ok ? "{tag} OK Logged in" : "{tag} NO [AUTHENTICATIONFAILED] Authentication failed.");
        }).onCommand(ScriptedServer.TAG + " LOGOUT", ex -> {
            ex.replyLine("* BYE Logging out");
            ex.replyLine("{tag} OK Logout completed.");
            ex.close();
        }).implicitTls().start();
        ImapLogAuditSteps s = new ImapLogAuditSteps(world(ScriptedTarget.of(server.endpoint()).withLog(log)));
        s.canReadLog();
        s.loginAndFailWithMarker();
        return s;
    }

    @Test
    @NegativeControl("ImapLogAuditSteps#noPasswordInLog")
    void passwordInTheLogIsAViolation(@TempDir Path dir) throws Exception {
        ImapLogAuditSteps s = loggingServer(dir.resolve("server.log"), true);
        assertThatThrownBy(s::noPasswordInLog).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("the marker password as typed")
                .hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
    }

    @Test
    void logWithoutPasswordsPasses(@TempDir Path dir) throws Exception {
        loggingServer(dir.resolve("server.log"), false).noPasswordInLog();
    }

    @Test
    void noLogSkips() {
        ImapLogAuditSteps s = new ImapLogAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))));
        assertThatThrownBy(s::canReadLog).isInstanceOf(TestAbortedException.class).hasMessageContaining("server.log");
    }

    private ImapLogAuditSteps doveconf(String conf) {
        ImapLogAuditSteps s = new ImapLogAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE)).dovecot(conf)));
        s.readDovecotConfiguration();
        return s;
    }

    @Test
    @NegativeControl("ImapLogAuditSteps#passwordLoggingOff")
    void passwordLoggingOnIsAViolation() {
        ImapLogAuditSteps s = doveconf("auth_debug_passwords = yes\nauth_verbose_passwords = plain\nservice imap {\n  auth_debug_passwords = no\n}\n");
        assertThatThrownBy(s::passwordLoggingOff).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("auth_debug_passwords = yes").hasMessageContaining("auth_verbose_passwords = plain");
        assertThat(world.transcript().render().text()).contains("auth_debug_passwords = yes: ON");
    }

    @Test
    @NegativeControl("ImapLogAuditSteps#debugLoggingOff")
    void debugLoggingOnIsAViolation() {
        ImapLogAuditSteps s = doveconf("auth_debug = yes\nauth_verbose = yes\n");
        assertThatThrownBy(s::debugLoggingOff).isInstanceOf(RuleViolation.class).hasMessageContaining("auth_verbose = yes");
    }

    @Test
    void stockDovecotLoggingPasses() {
        ImapLogAuditSteps s = doveconf("auth_mechanisms = plain\nlog_path = /srv/mailspec/log/dovecot.log\n");
        s.passwordLoggingOff();
        s.debugLoggingOff();
        assertThat(world.transcript().render().text()).contains("auth_verbose_passwords = no (default): off");
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
        ImapAuditWorld w = plainWorld(ScriptedServer.builder().then("greet the first connection only", ex -> {
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
