package org.mailspec.audit.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
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
import org.mailspec.run.RuleViolation;
import org.mailspec.run.SuiteContext;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.TlsMode;
import org.mailspec.testing.NegativeControl;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.testing.ScriptedTarget;
import org.opentest4j.TestAbortedException;

/**
 * Every shared audit assertion fails against a scripted server that breaks its rule (the
 * NegativeControl) and passes against one that keeps it. The server speaks {@link LineAudit}: the
 * rules are the same for every protocol, and each suite's tests show its protocol's own part.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SharedAuditStepsTest {
    private ScriptedServer server;
    private AuditWorld<LineAudit.Client> world;

    @AfterEach
    void closeTheWorldThenTheServer() {
        Optional.ofNullable(world).ifPresent(AuditWorld::close);
        Optional.ofNullable(server).ifPresent(ScriptedServer::close);
    }

    private AuditWorld<LineAudit.Client> world(ScriptedTarget target) {
        return world(target, Map.of(), Clock.systemUTC(), Optional.empty());
    }

    private AuditWorld<LineAudit.Client> world(ScriptedTarget target, Map<String, String> settings, Clock clock,
                                               Optional<java.security.KeyStore> trust) {
        world = new AuditWorld<>(SuiteContext.of(Settings.of(settings), "test", target), new LineAudit());
        world.use(clock, trust);
        return world;
    }

    /** A line server: greeting, CAPS answered with {@code caps}, then the rules of the caller. */
    private static ScriptedServer.Builder line(String greeting, String caps) {
        return ScriptedServer.builder().line(greeting).onCommand("CAPS", ex -> ex.sendLine("OK " + caps));
    }

    private AuditWorld<LineAudit.Client> plain(ScriptedServer.Builder b) {
        server = b.start();
        return world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)));
    }

    private AuditWorld<LineAudit.Client> implicit(ScriptedServer.Builder b) {
        server = b.implicitTls().start();
        return world(ScriptedTarget.of(server.endpoint()));
    }

    /** What a suite's When step does: one login, observed. */
    private static void observeLogin(AuditWorld<LineAudit.Client> w, String attempt) throws Exception {
        AuditReply r = w.protocol().login(w.session().client(), w.account());
        w.observe(Observation.of(attempt, r, 1));
    }

    // ------------------------------------------------------------------ connections and the greeting

    @Test
    void aStepNamingAnotherProtocolIsAHarnessError() {
        ConnectionAuditSteps s = new ConnectionAuditSteps(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))));
        assertThatThrownBy(() -> s.connectWithoutTls("POP3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("this suite audits LINE");
    }

    @Test
    void cleartextConnectionsComeFromAnUntrustedAddressAndReadTheCapabilities() throws Exception {
        ConnectionAuditSteps s = new ConnectionAuditSteps(plain(line("OK ready", "STARTTLS AUTH=PLAIN")));
        s.connectWithoutTls("LINE");
        assertThat(world.beforeTls()).map(Advertised::listing).contains("CAPS STARTTLS AUTH=PLAIN");
        assertThat(world.beforeTls().orElseThrow().offers("plain")).isTrue();
        assertThat(server.clientAddresses().get(0).getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void theServersOwnAddressIsNotJudged() throws Exception {
        server = line("OK ready", "AUTH=PLAIN").start();
        ConnectionAuditSteps s = new ConnectionAuditSteps(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)).boundTo("127.0.0.1")));
        assertThatThrownBy(() -> s.connectWithoutTls("LINE")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("the server's own address 127.0.0.1");
    }

    @Test
    void anImplicitTlsEndpointHasNoCleartextToAudit() {
        server = line("OK ready", "").implicitTls().start();
        ConnectionAuditSteps s = new ConnectionAuditSteps(world(ScriptedTarget.of(server.endpoint())));
        assertThatThrownBy(() -> s.connectWithoutTls("LINE")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no cleartext LINE port");
    }

    @Test
    @NegativeControl("ConnectionAuditSteps#noVersionInGreeting")
    void versionInGreetingIsAViolation() throws Exception {
        ConnectionAuditSteps s = new ConnectionAuditSteps(plain(line("OK Dovecot 2.3.19.1 (Debian) ready.", "")));
        s.connect("LINE");
        assertThatThrownBy(s::noVersionInGreeting).isInstanceOf(RuleViolation.class).hasMessageContaining("2.3.19.1");
        assertThat(world.transcript().render().markedLines()).isNotEmpty();
    }

    @Test
    void greetingWithoutVersionButWithATimestampPasses() throws Exception {
        ConnectionAuditSteps s = new ConnectionAuditSteps(plain(line("OK server ready <1896.697170952@dbc.mtview.ca.us>", "")));
        s.connect("LINE");
        s.noVersionInGreeting();
    }

    // ------------------------------------------------------------------ STARTTLS in connectSecure

    @Test
    void connectSecureStartsTlsWhenAdvertisedAndReadsTheCapabilitiesAgain() throws Exception {
        AuditWorld<LineAudit.Client> w = plain(ScriptedServer.builder().line("OK ready")
                .expect("CAPS").line("OK STARTTLS AUTH=PLAIN")
                .expect("STARTTLS").replyThenStartTls("OK begin TLS\r\n")
                .expect("CAPS").line("OK AUTH=PLAIN AUTH=ANONYMOUS"));
        AuditSession<LineAudit.Client> s = w.connectSecure(Optional.empty());
        assertThat(s.tlsSession()).isPresent();
        assertThat(w.afterTls().orElseThrow().offers("ANONYMOUS")).isTrue();
    }

    @Test
    void aRefusedStartTlsThatWasAdvertisedIsAViolation() {
        AuditWorld<LineAudit.Client> w = plain(line("OK ready", "STARTTLS").onCommand("STARTTLS", ex -> ex.sendLine("NO not now")));
        assertThatThrownBy(() -> w.connectSecure(Optional.empty())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("STARTTLS is advertised, so it succeeds").hasMessageContaining("NO not now");
    }

    @Test
    void withoutStartTlsConnectSecureUsesTheImplicitTlsPort() throws Exception {
        server = line("OK ready", "AUTH=PLAIN").start();
        ScriptedServer tls = line("OK ready", "AUTH=PLAIN").implicitTls().start();
        try {
            AuditWorld<LineAudit.Client> w = world(ScriptedTarget.of(server.endpoint(TlsMode.NONE)).withImaps(tls.endpoint()));
            assertThat(w.connectSecure(Optional.empty()).tlsSession()).isPresent();
            assertThat(w.transcript().render().text()).contains("no STARTTLS on the plain port: using the LINES port");
        } finally {
            world.close();
            tls.close();
        }
    }

    // ------------------------------------------------------------------ cleartext and anonymous logins

    @Test
    @NegativeControl("CredentialAuditSteps#cleartextCredentialsRefused")
    void cleartextPasswordAcceptedIsAViolation() throws Exception {
        AuditWorld<LineAudit.Client> w = plain(line("OK ready", "AUTH=PLAIN").onCommand("LOGIN .*", ex -> ex.sendLine("OK Logged in")));
        new ConnectionAuditSteps(w).connectWithoutTls("LINE");
        observeLogin(w, "LOGIN mailspec1 ***");
        assertThatThrownBy(new CredentialAuditSteps<>(w)::cleartextCredentialsRefused).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith(LineAudit.RULES.cleartextRefused().rule()).hasMessageContaining("OK Logged in")
                .hasMessageNotContaining(ScriptedTarget.ACCOUNT.password());
        assertThat(w.transcript().render().markedLines()).hasSize(1);
    }

    @Test
    void cleartextPasswordRefusedPasses() throws Exception {
        AuditWorld<LineAudit.Client> w = plain(line("OK ready", "").onCommand("LOGIN .*", ex -> ex.sendLine("NO [PRIVACYREQUIRED] no")));
        new ConnectionAuditSteps(w).connectWithoutTls("LINE");
        observeLogin(w, "LOGIN mailspec1 ***");
        new CredentialAuditSteps<>(w).cleartextCredentialsRefused();
    }

    @Test
    @NegativeControl("CredentialAuditSteps#anonymousLoginRefused")
    void anonymousLoginAcceptedIsAViolation() throws Exception {
        AuditWorld<LineAudit.Client> w = implicit(line("OK ready", "AUTH=ANONYMOUS").onCommand("LOGIN .*", ex -> ex.sendLine("OK welcome, guest")));
        new ConnectionAuditSteps(w).connectWithTls("LINE");
        observeLogin(w, "ANONYMOUS");
        assertThatThrownBy(new CredentialAuditSteps<>(w)::anonymousLoginRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Expected: NO").hasMessageContaining("ANONYMOUS answered \"OK welcome, guest");
    }

    @Test
    void anonymousLoginRefusedPasses() throws Exception {
        AuditWorld<LineAudit.Client> w = implicit(line("OK ready", "").onCommand("LOGIN .*", ex -> ex.sendLine("NO unsupported")));
        new ConnectionAuditSteps(w).connectWithTls("LINE");
        observeLogin(w, "ANONYMOUS");
        new CredentialAuditSteps<>(w).anonymousLoginRefused();
    }

    // ------------------------------------------------------------------ failed logins

    private static ScriptedServer.Builder loginFailures(boolean tellsUnknown) {
        return line("OK ready", "AUTH=PLAIN")
                .onCommand("LOGIN mailspec-nobody-.*", ex -> ex.sendLine(tellsUnknown ? "NO [CONTACTADMIN] no such account"
                        : "NO [AUTHENTICATIONFAILED] Authentication failed."))
                .onCommand("LOGIN .*", ex -> ex.sendLine("NO [AUTHENTICATIONFAILED] Authentication failed."));
    }

    @Test
    @NegativeControl({"CredentialAuditSteps#bothFailuresAnsweredAlike", "CredentialAuditSteps#bothAnsweredAlike"})
    void unknownUserToldApartIsAViolation() throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(loginFailures(true)));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::bothFailuresAnsweredAlike).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith(LineAudit.RULES.userNamesHidden().rule()).hasMessageContaining("no such account");
        assertThatThrownBy(s::bothAnsweredAlike).isInstanceOf(RuleViolation.class).hasMessageContaining("no such account");
        assertThat(server.clientAddresses()).allSatisfy(a -> assertThat(a.getHostAddress()).startsWith("127.0.0."))
                .extracting(InetAddress::getHostAddress).doesNotHaveDuplicates();
    }

    @Test
    void failuresAnsweredAlikePass() throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(loginFailures(false)));
        s.failUnknownUserAndWrongPassword();
        s.bothFailuresAnsweredAlike();
        s.bothAnsweredAlike();
    }

    @Test
    void failuresThatEchoTheUserNamePass() throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(line("OK ready", "")
                .onCommand("LOGIN (?<user>\\S+) .*", ex -> ex.replyLine("NO Invalid login/password for user id {user}"))));
        s.failUnknownUserAndWrongPassword();
        s.bothFailuresAnsweredAlike();
    }

    @Test
    void aFailedLoginThatSucceedsIsAHarnessError() throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(line("OK ready", "")
                .onCommand("LOGIN .*", ex -> ex.sendLine("OK anything goes"))));
        s.failUnknownUserAndWrongPassword();
        assertThatThrownBy(s::bothFailuresAnsweredAlike).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("meant to fail succeeded");
    }

    @Test
    void twoAnswersNotMeantToFailMayBothAccept() throws Exception {
        // the POP3 variant: USER with an unknown name and with a real one, both +OK, is the safe answer
        AuditWorld<LineAudit.Client> w = implicit(line("OK ready", "").onCommand("LOGIN .*", ex -> ex.sendLine("OK go on")));
        for (String attempt : new String[] {"first", "second"}) {
            w.connectSecure(Optional.empty());
            observeLogin(w, attempt);
        }
        new CredentialAuditSteps<>(w).bothAnsweredAlike();
    }

    @Test
    @NegativeControl("CredentialAuditSteps#failuresDelayedOrRefused")
    void undelayedFailuresAreAViolation() throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(loginFailures(false)));
        s.failRepeatedly(3);
        assertThat(world.observations()).hasSize(3);
        assertThatThrownBy(s::failuresDelayedOrRefused).isInstanceOf(RuleViolation.class).hasMessageContaining("failed login 3 of 3");
    }

    /** Three failures tried against a server that answers the first one with {@code answer} and closes. */
    private void closedAfter(String answer, String... outcomes) throws Exception {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(implicit(line("OK ready", "")
                .onCommand("LOGIN .*", ex -> {
                    ex.sendLine(answer);
                    ex.close();
                })));
        s.failRepeatedly(3);
        assertThat(world.observations()).extracting(Observation::outcome).containsExactly(outcomes);
        s.failuresDelayedOrRefused();
    }

    @Test
    void aServerThatSaysByeAfterAFailurePasses() throws Exception {
        closedAfter("BYE Too many invalid login attempts", "BYE", "BYE");
    }

    @Test
    void aServerThatClosesAfterAFailurePasses() throws Exception {
        closedAfter("NO Authentication failed.", "NO", "CLOSED");
    }

    @Test
    void moreThanFiveFailuresAreRefused() {
        CredentialAuditSteps<LineAudit.Client> s = new CredentialAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))));
        assertThatThrownBy(() -> s.failRepeatedly(6)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bounded");
    }

    // ------------------------------------------------------------------ the implicit-TLS port and old TLS versions

    @Test
    @NegativeControl("TlsAuditSteps#tlsFromTheFirstByte")
    void plaintextOnTheImplicitTlsPortIsAViolation() throws Exception {
        server = line("OK ready", "").start();
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))
                .withImaps(server.endpoint(TlsMode.IMPLICIT))));
        s.connectImplicitTls("LINES");
        assertThatThrownBy(s::tlsFromTheFirstByte).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("the LINES port speaks TLS from the first byte");
    }

    @Test
    void tlsOnTheImplicitTlsPortPasses() throws Exception {
        server = line("OK ready", "").implicitTls().start();
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withImaps(server.endpoint())));
        s.connectImplicitTls("LINES");
        s.tlsFromTheFirstByte();
    }

    @Test
    void noImplicitTlsPortSkips() {
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))));
        assertThatThrownBy(() -> s.connectImplicitTls("LINES")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no LINES port configured (set lines.port, or line.tls=implicit)");
    }

    /** A server on the implicit-TLS port that reads a ClientHello and answers with the given TLS record. */
    private TlsAuditSteps<LineAudit.Client> legacyServer(byte[] answer) {
        server = ScriptedServer.builder().then("read a ClientHello and answer", ex -> {
            byte[] header = ex.readBytes(5);
            ex.readBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            ex.send(answer);
        }).stall().start();
        return new TlsAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.STARTTLS))
                .withImaps(server.endpoint(TlsMode.IMPLICIT))));
    }

    @Test
    @NegativeControl("TlsAuditSteps#offerRefused")
    void acceptedTls11IsAViolation() throws Exception {
        TlsAuditSteps<LineAudit.Client> s = legacyServer(new byte[] {0x16, 3, 2, 0, 6, 2, 0, 0, 2, 3, 2});
        s.offerOnly("TLSv1.1", "LINE");
        assertThatThrownBy(s::offerRefused).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("the LINES port 127.0.0.1:").hasMessageContaining("accepted: ServerHello with TLSv1.1");
    }

    @Test
    void refusedTls10Passes() throws Exception {
        TlsAuditSteps<LineAudit.Client> s = legacyServer(new byte[] {0x15, 3, 1, 0, 2, 2, 70});
        s.offerOnly("TLSv1", "LINE");
        s.offerRefused();
    }

    @Test
    void withoutAnImplicitTlsPortTheOfferGoesAfterStartTls() throws Exception {
        server = line("OK ready", "STARTTLS").onCommand("STARTTLS", ex -> {
            ex.sendLine("OK begin TLS");
            byte[] header = ex.readBytes(5);
            ex.readBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            ex.send(new byte[] {0x15, 3, 1, 0, 2, 2, 70});
        }).start();
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(ScriptedTarget.of(server.endpoint(TlsMode.STARTTLS))));
        s.offerOnly("TLSv1", "LINE");
        s.offerRefused();
    }

    @Test
    void aRefusedStartTlsLeavesNoTlsToProbe() {
        server = line("OK ready", "").onCommand("STARTTLS", ex -> ex.sendLine("NO no TLS here")).start();
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(ScriptedTarget.of(server.endpoint(TlsMode.NONE))));
        assertThatThrownBy(() -> s.offerOnly("TLSv1", "LINE")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no TLS to probe: no LINES port, and STARTTLS was answered NO no TLS here");
    }

    // ------------------------------------------------------------------ certificate

    private TlsAuditSteps<LineAudit.Client> certificate(ScriptedTarget target, Map<String, String> settings, Clock clock,
                                                        Optional<java.security.KeyStore> trust) throws Exception {
        TlsAuditSteps<LineAudit.Client> s = new TlsAuditSteps<>(world(target, settings, clock, trust));
        s.readCertificate();
        return s;
    }

    private ScriptedTarget tlsTarget() {
        server = line("OK ready", "").implicitTls().start();
        return ScriptedTarget.of(server.endpoint());
    }

    @Test
    @NegativeControl("TlsAuditSteps#certificateNamesServer")
    void certificateForAnotherNameIsAViolation() throws Exception {
        TlsAuditSteps<LineAudit.Client> s = certificate(tlsTarget(), Map.of("tls.server.name", "mail.example.org"), Clock.systemUTC(),
                Optional.empty());
        assertThatThrownBy(s::certificateNamesServer).isInstanceOf(RuleViolation.class).hasMessageContaining("mail.example.org");
    }

    @Test
    void certificateForTheHostPasses() throws Exception {
        certificate(tlsTarget(), Map.of(), Clock.systemUTC(), Optional.empty()).certificateNamesServer();
    }

    @Test
    @NegativeControl("TlsAuditSteps#certificateValid")
    void expiredCertificateIsAViolation() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC);
        TlsAuditSteps<LineAudit.Client> s = certificate(tlsTarget(), Map.of(), later, Optional.empty());
        assertThatThrownBy(s::certificateValid).isInstanceOf(RuleViolation.class).hasMessageContaining("valid from");
    }

    @Test
    void certificateWithinItsValidityPasses() throws Exception {
        certificate(tlsTarget(), Map.of(), Clock.systemUTC(), Optional.empty()).certificateValid();
    }

    @Test
    @NegativeControl("TlsAuditSteps#certificateTrusted")
    void selfSignedCertificateIsAViolation() throws Exception {
        TlsAuditSteps<LineAudit.Client> s = certificate(tlsTarget().strictTls(), Map.of(), Clock.systemUTC(), Optional.empty());
        assertThatThrownBy(s::certificateTrusted).isInstanceOf(RuleViolation.class).hasMessageContaining("self-signed");
    }

    @Test
    void selfSignedCertificateIsSkippedUnderTlsInsecure() throws Exception {
        TlsAuditSteps<LineAudit.Client> s = certificate(tlsTarget(), Map.of(), Clock.systemUTC(), Optional.empty());
        assertThatThrownBy(s::certificateTrusted).isInstanceOf(TestAbortedException.class).hasMessageContaining("tls.insecure=true");
    }

    @Test
    void certificateFromATrustedRootPasses() throws Exception {
        certificate(tlsTarget().strictTls(), Map.of(), Clock.systemUTC(), Optional.of(ScriptedServer.trustStore()))
                .certificateTrusted();
    }

    // ------------------------------------------------------------------ logs

    private LogAuditSteps<LineAudit.Client> loggingServer(Path log, boolean logsPasswords) throws Exception {
        Files.writeString(log, "earlier line with an old $6$saltsaltsalt$hashhashhashhashhashhash\n");
        server = line("OK ready", "").onCommand("LOGIN (\\S+) (\\S+)", ex -> {
            String[] w = ex.line().split(" ");
            boolean ok = w[2].equals(ScriptedTarget.ACCOUNT.password());
            Files.writeString(log, "auth: login " + w[1] + (logsPasswords ? " (given password: " + w[2] + ")" : "")
                    + (ok ? " ok" : " failed") + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            ex.sendLine(ok ? "OK Logged in" : "NO Authentication failed.");
        }).onCommand("QUIT", ex -> {
            ex.sendLine("OK bye");
            ex.close();
        }).implicitTls().start();
        LogAuditSteps<LineAudit.Client> s = new LogAuditSteps<>(world(ScriptedTarget.of(server.endpoint()).withLog(log)));
        s.canReadLog();
        s.loginAndFailWithMarker();
        return s;
    }

    @Test
    @NegativeControl("LogAuditSteps#noPasswordInLog")
    void passwordInTheLogIsAViolation(@TempDir Path dir) throws Exception {
        LogAuditSteps<LineAudit.Client> s = loggingServer(dir.resolve("server.log"), true);
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
        LogAuditSteps<LineAudit.Client> s = new LogAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))));
        assertThatThrownBy(s::canReadLog).isInstanceOf(TestAbortedException.class).hasMessageContaining("server.log");
    }

    @Test
    void aTestAccountThatCannotLogInIsAHarnessError(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("server.log");
        Files.writeString(log, "");
        server = line("OK ready", "").onCommand("LOGIN .*", ex -> ex.sendLine("NO Authentication failed.")).implicitTls().start();
        LogAuditSteps<LineAudit.Client> s = new LogAuditSteps<>(world(ScriptedTarget.of(server.endpoint()).withLog(log)));
        s.canReadLog();
        assertThatThrownBy(s::loginAndFailWithMarker).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the test account could not log in");
    }

    private LogAuditSteps<LineAudit.Client> doveconf(String conf) {
        LogAuditSteps<LineAudit.Client> s = new LogAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))
                .dovecot(conf)));
        s.readDovecotConfiguration();
        return s;
    }

    @Test
    @NegativeControl("LogAuditSteps#passwordLoggingOff")
    void passwordLoggingOnIsAViolation() {
        LogAuditSteps<LineAudit.Client> s = doveconf("auth_debug_passwords = yes\nauth_verbose_passwords = plain\n"
                + "service imap {\n  auth_debug_passwords = no\n}\n");
        assertThatThrownBy(s::passwordLoggingOff).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("auth_debug_passwords = yes").hasMessageContaining("auth_verbose_passwords = plain");
        assertThat(world.transcript().render().text()).contains("auth_debug_passwords = yes: ON");
    }

    @Test
    @NegativeControl("LogAuditSteps#debugLoggingOff")
    void debugLoggingOnIsAViolation() {
        LogAuditSteps<LineAudit.Client> s = doveconf("auth_debug = yes\nauth_verbose = yes\n");
        assertThatThrownBy(s::debugLoggingOff).isInstanceOf(RuleViolation.class).hasMessageContaining("auth_verbose = yes");
    }

    @Test
    void stockDovecotLoggingPasses() {
        LogAuditSteps<LineAudit.Client> s = doveconf("auth_mechanisms = plain\nlog_path = /srv/mailspec/log/dovecot.log\n");
        s.passwordLoggingOff();
        s.debugLoggingOff();
        assertThat(world.transcript().render().text()).contains("auth_verbose_passwords = no (default): off");
    }

    @Test
    void notADovecotSkips() {
        LogAuditSteps<LineAudit.Client> s = new LogAuditSteps<>(world(ScriptedTarget.of(new Endpoint("127.0.0.1", 1, TlsMode.NONE))));
        assertThatThrownBy(s::readDovecotConfiguration).isInstanceOf(TestAbortedException.class).hasMessageContaining("not a Dovecot");
    }
}
