package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DovecotLocalTest {

    /** Not a JUnit @TempDir: that is mode 0700, and Dovecot's unprivileged processes must get in. */
    private static final Path RUNS = Path.of("target", "dovecot-local-test");

    private static Optional<DovecotBinary> binary;

    @BeforeAll
    static void findDovecot() {
        binary = DovecotBinary.find(Settings.of(Map.of()));
    }

    private static DovecotBinary dovecot() {
        assumeThat(binary).as("no dovecot binary on PATH, /usr/sbin or /usr/local/sbin: dovecot-local cannot run here")
                .isPresent();
        return binary.get();
    }

    @Test
    void startsGreetsOnEveryPortAndLeavesNoProcess() throws Exception {
        DovecotLocal dovecot = DovecotLocal.launcher(dovecot()).runsDir(RUNS).start();
        ProcessHandle master = dovecot.process();
        List<ProcessHandle> children;
        try {
            System.out.println("dovecot-local started in " + dovecot.startupTime().toMillis() + " ms: " + dovecot);
            assertThat(dovecot.name()).isEqualTo("dovecot-local");
            assertThat(dovecot.managed()).isTrue();
            assertThat(dovecot.traits()).contains("dovecot").doesNotContain("misconfigured");
            assertThat(dovecot.imap().host()).isEqualTo("127.0.0.1");

            try (LineClient imap = LineClient.connect(dovecot.imap(), dovecot.clientBind())) {
                String greeting = imap.readLine();
                assertThat(greeting).startsWith("* OK").contains("STARTTLS");
                if (dovecot.clientBind().isPresent()) {
                    // judged like a remote client: plaintext login refused before TLS (stock default)
                    assertThat(greeting).contains("LOGINDISABLED");
                }
                assertThat(imap.imap("a1", "LOGOUT")).last().asString().startsWith("a1 OK");
            }
            try (LineClient imaps = LineClient.connectTls(dovecot.imaps().orElseThrow())) {
                assertThat(imaps.readLine()).startsWith("* OK");
                Account a = dovecot.accounts().get(0);
                assertThat(imaps.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString()
                        .startsWith("a1 OK");
                assertThat(imaps.imap("a2", "SELECT INBOX")).last().asString().startsWith("a2 OK [READ-WRITE]");
            }
            try (LineClient pop3 = LineClient.connect(dovecot.pop3(), dovecot.clientBind())) {
                assertThat(pop3.readLine()).startsWith("+OK");
                assertThat(pop3.pop3("QUIT")).startsWith("+OK");
            }
            try (LineClient pop3s = LineClient.connectTls(dovecot.pop3s().orElseThrow())) {
                assertThat(pop3s.readLine()).startsWith("+OK");
            }
            assertThat(Files.isDirectory(dovecot.runDirectory().resolve("mail/mailspec1/Maildir"))).isTrue();
            assertThat(dovecot.effectiveConfig()).get().asString()
                    .contains("mail_location = maildir:~/Maildir")
                    .contains("listen = 127.0.0.1");
            assertThat(dovecot.serverLog()).get().satisfies(log ->
                    assertThat(Files.readString(log)).containsPattern("starting up for imap, (lmtp, )?pop3"));
            children = master.descendants().toList();
            assertThat(children).isNotEmpty();
        } finally {
            long t0 = System.nanoTime();
            dovecot.close();
            System.out.println("dovecot-local stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        assertThat(master.isAlive()).as("dovecot master after close").isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(dovecot.runDirectory().resolve("pids")).doesNotExist();
        dovecot.close(); // twice is harmless
    }

    @Test
    void misconfiguredVariantLogsPasswordsAndTakesAnonymous() throws Exception {
        try (DovecotLocal dovecot = DovecotLocal.launcher(dovecot()).runsDir(RUNS).misconfigured().start()) {
            assertThat(dovecot.traits()).contains("dovecot", "misconfigured");
            Account a = dovecot.accounts().get(0);
            String wrong = "Wrong-" + a.password();
            try (LineClient imap = LineClient.connect(dovecot.imap(), dovecot.clientBind())) {
                String greeting = imap.readLine();
                assertThat(greeting).doesNotContain("LOGINDISABLED").contains("AUTH=ANONYMOUS");
                // anonymous first: after a failed login Dovecot delays the next one from the same address
                String trace = Base64.getEncoder().encodeToString("trace".getBytes(StandardCharsets.US_ASCII));
                assertThat(imap.imap("a1", "AUTHENTICATE ANONYMOUS " + trace)).last().asString()
                        .startsWith("a1 OK");
            }
            try (LineClient imap = LineClient.connect(dovecot.imap(), dovecot.clientBind())) {
                imap.readLine();
                assertThat(imap.imap("a2", "LOGIN " + a.user() + " " + wrong)).last().asString().startsWith("a2 NO");
            }
            String log = Files.readString(dovecot.serverLog().orElseThrow());
            assertThat(log).contains("given password: " + wrong);
            assertThat(log).contains(TestAccounts.storedHashes().get(a.user()).replace("{SHA512-CRYPT}", ""));
            assertThat(dovecot.effectiveConfig()).get().asString().contains("auth_verbose_passwords = plain");
        }
    }

    /**
     * The inbox-prefix variant is laid out as servers whose mailboxes all live under INBOX: its
     * NAMESPACE says so, and a mailbox at the root cannot be created (the harness must find the
     * layout, not assume one).
     */
    @Test
    void inboxPrefixVariantRefusesMailboxesAtTheRoot() throws Exception {
        try (DovecotLocal dovecot = DovecotLocal.launcher(dovecot()).runsDir(RUNS).variant(Variant.INBOX_PREFIX).start()) {
            assertThat(dovecot.traits()).contains("dovecot", "inbox-prefix");
            assertThat(dovecot.baselineName()).isEqualTo("dovecot-inbox-prefix");
            try (LineClient imaps = LineClient.connectTls(dovecot.imaps().orElseThrow())) {
                imaps.readLine();
                Account a = dovecot.accounts().get(0);
                assertThat(imaps.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString().startsWith("a1 OK");
                assertThat(imaps.imap("a2", "NAMESPACE")).first().asString()
                        .isEqualTo("* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL");
                assertThat(imaps.imap("a3", "CREATE mailspec-root-probe")).last().asString().startsWith("a3 NO");
                assertThat(imaps.imap("a4", "CREATE INBOX.mailspec-probe")).last().asString().startsWith("a4 OK");
                assertThat(imaps.imap("a5", "LIST \"\" \"*\"")).noneMatch(l -> l.contains("\"mailspec-root-probe\""))
                        .anyMatch(l -> l.endsWith(" \"INBOX.mailspec-probe\"") || l.endsWith(" INBOX.mailspec-probe"));
                assertThat(imaps.imap("a6", "DELETE INBOX.mailspec-probe")).last().asString().startsWith("a6 OK");
            }
        }
    }

    @Test
    void slashVariantUsesSlashAsTheHierarchyDelimiter() throws Exception {
        try (DovecotLocal dovecot = DovecotLocal.launcher(dovecot()).runsDir(RUNS).variant(Variant.SLASH).start()) {
            assertThat(dovecot.traits()).contains("slash");
            try (LineClient imaps = LineClient.connectTls(dovecot.imaps().orElseThrow())) {
                imaps.readLine();
                Account a = dovecot.accounts().get(0);
                assertThat(imaps.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString().startsWith("a1 OK");
                assertThat(imaps.imap("a2", "NAMESPACE")).first().asString().isEqualTo("* NAMESPACE ((\"\" \"/\")) NIL NIL");
                assertThat(imaps.imap("a3", "LIST \"\" \"\"")).first().asString().contains(" \"/\" ");
            }
        }
    }

    /** With dovecot-lmtpd installed, LMTP on TCP delivers into an account and refuses an unknown one at RCPT. */
    @Test
    void lmtpDeliversIntoTheAccountAndRefusesUnknownRecipients() throws Exception {
        try (DovecotLocal dovecot = DovecotLocal.launcher(dovecot()).runsDir(RUNS).start()) {
            assumeThat(dovecot.lmtp()).as("dovecot-lmtpd is not installed: no LMTP").isPresent();
            Account a = dovecot.accounts().get(0);
            byte[] message = "Subject: lmtp\r\nMessage-ID: <lmtp@mailspec>\r\n\r\nbody\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            org.mailspec.wire.ClientOptions options = org.mailspec.wire.ClientOptions.defaults()
                    .withTranscript(new org.mailspec.wire.Transcript());
            org.mailspec.delivery.Delivery ok = org.mailspec.delivery.Delivery.send(
                    org.mailspec.delivery.MailTransfer.Protocol.LMTP, dovecot.lmtp().get(), options, "mailspec", a.user(), message);
            assertThat(ok.accepted()).as(ok.outcome()).isTrue();
            org.mailspec.delivery.Delivery unknown = org.mailspec.delivery.Delivery.send(
                    org.mailspec.delivery.MailTransfer.Protocol.LMTP, dovecot.lmtp().get(), options, "mailspec",
                    "mailspec-nobody", message);
            assertThat(unknown.accepted()).isFalse();
            assertThat(unknown.rcptReply()).get().satisfies(r -> assertThat(r.code()).isBetween(500, 599));
            try (LineClient imaps = LineClient.connectTls(dovecot.imaps().orElseThrow())) {
                imaps.readLine();
                assertThat(imaps.imap("a1", "LOGIN " + a.user() + " " + a.password())).last().asString().startsWith("a1 OK");
                assertThat(imaps.imap("a2", "SELECT INBOX")).contains("* 1 EXISTS");
            }
        }
    }

    @Test
    void aRunDirectoryOthersCannotEnterIsReportedBeforeStarting(@org.junit.jupiter.api.io.TempDir Path closed) {
        DovecotBinary dovecot = dovecot();
        assumeThat(System.getProperty("user.name")).as("only root hands processes to other users").isEqualTo("root");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DovecotLocal.launcher(dovecot).runsDir(closed).start())
                .isInstanceOf(TargetStartException.class)
                .hasMessageContaining("cannot reach the run directory")
                .hasMessageContaining("rwx------");
    }

    @Test
    void fromSettingsReadsVariantAndClientBind() {
        dovecot();
        Settings settings = Settings.of(Map.of("dovecot.variant", "standard", "client.bind", "none",
                "timeout.seconds", "3"));
        try (DovecotLocal dovecot = DovecotLocal.start(settings, "test")) {
            assertThat(dovecot.clientBind()).isEmpty();
            assertThat(dovecot.traits()).contains("loopback-trusted");
            assertThat(dovecot.timeout().toSeconds()).isEqualTo(3);
            assertThat(dovecot.resolvedBecause()).isEqualTo("test");
        }
    }
}
