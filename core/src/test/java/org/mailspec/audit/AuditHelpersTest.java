package org.mailspec.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;

class AuditHelpersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "* OK [CAPABILITY IMAP4rev1 SASL-IR] Dovecot 2.3.19.1 (Debian) ready.|2.3.19.1",
        "* OK IMAP4rev1 Server GreenMail v2.1.3 ready|v2.1.3",
        "+OK Courier-IMAP 5.1 ready|5.1",
        "* ID (\"name\" \"Dovecot\" \"version\" \"2.3.19.1\")|2.3.19.1",
    })
    void versionsAreFound(String banner, String version) {
        assertThat(VersionDisclosure.find(banner)).contains(version);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS] Dovecot (Debian) ready.",
        "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>",
        "* OK mail.example.org 10.0.0.12 IMAP ready",
        "* OK [UIDVALIDITY 3857529045] ready",
        "+OK Dovecot ready.",
    })
    void nonVersionsAreNot(String banner) {
        assertThat(VersionDisclosure.find(banner)).isEmpty();
    }

    @Test
    void secretsAreFoundInEveryFormAndMaskedInTheReport() {
        String pw = "PklYcUEsime9Yjvom3wdZk6X";
        String plain = Base64.getEncoder().encodeToString(("\0mailspec1\0" + pw).getBytes(StandardCharsets.UTF_8));
        String log = String.join("\n",
                "auth: Debug: client in: AUTH\t1\tPLAIN\tresp=" + plain,
                "auth: Info: passwd-file(mailspec1): Password mismatch (given password: " + pw + ")",
                "auth: Debug: SHA512-CRYPT(x) != '$6$hG1foLPNgUZN9.xk$GL3QKqu96DF.6Q/qVR.pAICfW/LRwnBuNZ7vxomsC2U9QuVwRfV'",
                "auth: Debug: stored {SSHA512}abcdefghijklmnop",
                "imap-login: Info: Login: user=<mailspec1>, method=PLAIN, rip=127.0.0.2");
        List<LogSecrets.Hit> hits = new LogSecrets().password("mailspec1", pw, "the password").scan(log);
        assertThat(hits).extracting(LogSecrets.Hit::line).containsExactly(1, 2, 3, 4);
        assertThat(hits.get(0).what()).contains("base64 SASL PLAIN");
        assertThat(hits).allSatisfy(h -> assertThat(h.maskedLine()).doesNotContain(pw).doesNotContain(plain)
                .doesNotContain("GL3QKqu96DF").doesNotContain("abcdefghijklmnop"));
    }

    @Test
    void aCleanLogHasNoHits() {
        assertThat(new LogSecrets().password("mailspec1", "secret-pw", "pw")
                .scan("imap-login: Info: Login: user=<mailspec1>, method=PLAIN, rip=127.0.0.2, secured\n")).isEmpty();
    }

    @Test
    void serverLogReadsOnlyWhatWasAppended(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("log");
        Files.writeString(f, "old line mailspec1\n");
        ServerLog log = ServerLog.mark(f);
        Files.writeString(f, "new line mailspec1\n", StandardOpenOption.APPEND);
        assertThat(log.since("mailspec1", Duration.ofSeconds(2))).isEqualTo("new line mailspec1\n");
        assertThat(log.since("never", Duration.ofMillis(100))).isEqualTo("new line mailspec1\n");
    }

    @Test
    void dovecotSettingsComeFromDoveconfWithDefaults() {
        DovecotAuthLogging stock = DovecotAuthLogging.parse("# 2.3.19.1\nauth_mechanisms = plain\npassdb {\n  auth_debug = yes\n}\n");
        assertThat(stock.all()).noneMatch(DovecotAuthLogging.Setting::dangerous);
        assertThat(stock.setting("auth_verbose_passwords").toString()).isEqualTo("auth_verbose_passwords = no (default): off");
        DovecotAuthLogging bad = DovecotAuthLogging.parse("auth_anonymous_username = guest\nauth_debug = yes\n"
                + "auth_debug_passwords = yes\nauth_mechanisms = plain login anonymous\nauth_verbose = yes\nauth_verbose_passwords = plain\n");
        assertThat(bad.all()).allMatch(DovecotAuthLogging.Setting::dangerous);
        assertThat(bad.setting("auth_verbose_passwords").exposes()).contains("in clear text");
    }

    @Test
    void clientHelloOffersOnlyTheLegacyVersion() {
        byte[] hello = LegacyTlsProbe.clientHello(LegacyTlsProbe.Version.TLS_1_1, "mail.example.org");
        assertThat(hello[0]).isEqualTo((byte) 0x16);
        assertThat(((hello[3] & 0xff) << 8) | (hello[4] & 0xff)).isEqualTo(hello.length - 5);
        assertThat(hello[5]).isEqualTo((byte) 1);
        assertThat(new byte[] {hello[9], hello[10]}).containsExactly(3, 2);
        assertThat(new String(hello, StandardCharsets.ISO_8859_1)).contains("mail.example.org");
        assertThat(new String(LegacyTlsProbe.clientHello(LegacyTlsProbe.Version.TLS_1_0, "127.0.0.1"),
                StandardCharsets.ISO_8859_1)).doesNotContain("127.0.0.1");
    }

    @Test
    void untrustedAddressIsAnotherLoopbackAddressOrTheConfiguredOne() {
        Endpoint loopback = new Endpoint("127.0.0.1", 143, TlsMode.STARTTLS);
        assertThat(SourceAddress.untrusted(loopback, Optional.empty())).get()
                .extracting(a -> a.getHostAddress()).isEqualTo("127.0.0.2");
        assertThat(SourceAddress.untrusted(loopback, Optional.of("127.0.0.9"))).get()
                .extracting(a -> a.getHostAddress()).isEqualTo("127.0.0.9");
        assertThat(SourceAddress.untrusted(new Endpoint("::1", 143, TlsMode.NONE), Optional.empty())).isEmpty();
        String first = SourceAddress.forFailureProbe(loopback, Optional.empty()).orElseThrow().getHostAddress();
        String second = SourceAddress.forFailureProbe(loopback, Optional.empty()).orElseThrow().getHostAddress();
        assertThat(first).startsWith("127.0.0.").isNotEqualTo(second).isNotEqualTo("127.0.0.2");
    }
}
