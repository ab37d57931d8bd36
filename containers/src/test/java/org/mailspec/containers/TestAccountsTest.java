package org.mailspec.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Account;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TestAccountsTest {

    @Test
    void eightAccountsWithLongPasswords() {
        List<Account> all = TestAccounts.all();
        assertThat(all).extracting(Account::user).containsExactly("mailspec1", "mailspec2", "mailspec3", "mailspec4", "mailspec5", "mailspec6", "mailspec7", "mailspec8");
        assertThat(all).allSatisfy(a -> assertThat(a.password()).hasSizeGreaterThanOrEqualTo(20)
                .matches("[A-Za-z0-9]+")); // an IMAP atom: LOGIN needs no quoting
        assertThat(TestAccounts.storedHashes()).containsOnlyKeys("mailspec1", "mailspec2", "mailspec3", "mailspec4", "mailspec5", "mailspec6", "mailspec7", "mailspec8")
                .allSatisfy((user, hash) -> assertThat(hash).startsWith("{SHA512-CRYPT}$6$"));
    }

    @Test
    void theStoredHashesAreThoseOfThePasswords() {
        Optional<Path> doveadm = Certificates.onPath("doveadm");
        assumeThat(doveadm).as("no doveadm on PATH to verify SHA512-CRYPT hashes").isPresent();
        for (Account a : TestAccounts.all()) {
            Command c = Command.run(List.of(doveadm.get().toString(), "pw", "-t",
                    TestAccounts.storedHashes().get(a.user()), "-p", a.password()), Duration.ofSeconds(10));
            assertThat(c.output()).as(a.user()).contains("(verified)");
        }
    }

    @Test
    void variantComesFromTheSettings() {
        assertThat(Variant.from(Settings.of(Map.of()))).isEqualTo(Variant.STANDARD);
        assertThat(Variant.from(Settings.of(Map.of("dovecot.variant", "Misconfigured")))).isEqualTo(Variant.MISCONFIGURED);
        assertThat(Variant.from(new Settings(Map.of(), Map.of("DOVECOT_VARIANT", "misconfigured"))))
                .isEqualTo(Variant.MISCONFIGURED);
        assertThat(Variant.from(Settings.of(Map.of("dovecot.variant", "inbox-prefix")))).isEqualTo(Variant.INBOX_PREFIX);
        assertThat(Variant.INBOX_PREFIX.baselineName()).isEqualTo("dovecot-inbox-prefix");
        assertThat(Variant.STANDARD.baselineName()).isEqualTo("dovecot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Variant.from(Settings.of(Map.of("dovecot.variant", "bad"))))
                .isInstanceOf(SettingsException.class).hasMessage("dovecot.variant=bad: expected one of standard, misconfigured, inbox-prefix, slash");
    }

    @Test
    void keytoolMakesACertificateAndKeyInPem() throws Exception {
        Path dir = Files.createTempDirectory("mailspec-cert");
        try {
            Certificates.withKeytool(dir);
            String cert = Files.readString(dir.resolve("cert.pem"));
            assertThat(cert).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
            assertThat(Files.readString(dir.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
            assertThat(Files.getPosixFilePermissions(dir.resolve("key.pem")))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            var x509 = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(dir.resolve("cert.pem")));
            assertThat(x509.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
            assertThat(x509.getSubjectAlternativeNames().stream().map(l -> String.valueOf(l.get(1))).toList())
                    .contains("localhost", "127.0.0.1");
            assertThat(dir.resolve("keystore.p12")).doesNotExist();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
