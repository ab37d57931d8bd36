package org.mailspec.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.settings.TlsMode;

class RemoteTargetTest {

    private static RemoteTarget remote(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return RemoteTarget.from(Settings.of(props), "target=remote");
    }

    @Test
    void defaultsToStarttlsOnTheStandardPorts() {
        RemoteTarget t = remote("imap.host", "mail.example.org", "accounts", "a:pw1,b:pw2");

        assertThat(t.name()).isEqualTo("remote");
        assertThat(t.resolvedBecause()).isEqualTo("target=remote");
        assertThat(t.imap()).isEqualTo(new Endpoint("mail.example.org", 143, TlsMode.STARTTLS));
        assertThat(t.imaps()).isEmpty();
        assertThat(t.pop3()).isEqualTo(new Endpoint("mail.example.org", 110, TlsMode.STARTTLS));
        assertThat(t.pop3s()).isEmpty();
        assertThat(t.smtp()).isEmpty();
        assertThat(t.accounts()).extracting(a -> a.user()).containsExactly("a", "b");
        assertThat(t.tlsInsecure()).isFalse();
        assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(t.serverLog()).isEmpty();
        assertThat(t.clientBind()).isEmpty();
        assertThat(t.managed()).isFalse();
    }

    @Test
    void port993And995MeanImplicitTls() {
        RemoteTarget t = remote("imap.host", "h", "imap.port", "993", "pop3.port", "995", "accounts", "a:p");

        assertThat(t.imap()).isEqualTo(new Endpoint("h", 993, TlsMode.IMPLICIT));
        assertThat(t.imaps()).contains(new Endpoint("h", 993, TlsMode.IMPLICIT));
        assertThat(t.pop3()).isEqualTo(new Endpoint("h", 995, TlsMode.IMPLICIT));
        assertThat(t.pop3s()).contains(new Endpoint("h", 995, TlsMode.IMPLICIT));
    }

    @Test
    void implicitTlsWithoutPortTakes993And995() {
        RemoteTarget t = remote("imap.host", "h", "imap.tls", "implicit", "pop3.tls", "IMPLICIT", "accounts", "a:p");

        assertThat(t.imap().port()).isEqualTo(993);
        assertThat(t.pop3().port()).isEqualTo(995);
    }

    @Test
    void everySettingIsRead(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("dovecot.log"), "log\n");
        RemoteTarget t = remote("imap.host", "imap.example.org", "imap.port", "1143", "imap.tls", "none",
                "imaps.port", "1993", "pop3.host", "pop.example.org", "pop3.port", "1110", "pop3.tls", "starttls",
                "pop3s.port", "1995", "smtp.host", "smtp.example.org", "smtp.port", "2525",
                "accounts", "u1:p1,u2:p:with:colons", "tls.insecure", "yes", "timeout.seconds", "2.5",
                "server.log", log.toString(), "client.bind", "127.0.0.1");

        assertThat(t.imap()).isEqualTo(new Endpoint("imap.example.org", 1143, TlsMode.NONE));
        assertThat(t.imaps()).contains(new Endpoint("imap.example.org", 1993, TlsMode.IMPLICIT));
        assertThat(t.pop3()).isEqualTo(new Endpoint("pop.example.org", 1110, TlsMode.STARTTLS));
        assertThat(t.pop3s()).contains(new Endpoint("pop.example.org", 1995, TlsMode.IMPLICIT));
        assertThat(t.smtp()).contains(new Endpoint("smtp.example.org", 2525, TlsMode.NONE));
        assertThat(t.accounts().get(1).password()).isEqualTo("p:with:colons");
        assertThat(t.tlsInsecure()).isTrue();
        assertThat(t.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(t.serverLog()).contains(log);
        assertThat(t.clientBind()).contains("127.0.0.1");
    }

    @Test
    void smtpPortAloneUsesTheImapHostAndSmtpHostAloneUsesPort25() {
        assertThat(remote("imap.host", "h", "smtp.port", "587", "accounts", "a:p").smtp())
                .contains(new Endpoint("h", 587, TlsMode.NONE));
        assertThat(remote("imap.host", "h", "smtp.host", "mx", "accounts", "a:p").smtp())
                .contains(new Endpoint("mx", 25, TlsMode.NONE));
    }

    @Test
    void settingsFromTheEnvironmentCount() {
        RemoteTarget t = RemoteTarget.from(new Settings(Map.of(),
                Map.of("IMAP_HOST", "envhost", "ACCOUNTS", "a:p", "IMAP_TLS", "none")), "env");

        assertThat(t.imap()).isEqualTo(new Endpoint("envhost", 143, TlsMode.NONE));
    }

    @Test
    void missingHostNamesTheSetting() {
        assertThatThrownBy(() -> remote("accounts", "a:p"))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("imap.host=(unset): required for target=remote")
                .extracting(e -> ((SettingsException) e).key()).isEqualTo("imap.host");
    }

    @Test
    void missingAccountsNamesTheSetting() {
        assertThatThrownBy(() -> remote("imap.host", "h"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("user:password")
                .extracting(e -> ((SettingsException) e).key()).isEqualTo("accounts");
    }

    @Test
    void badValuesNameTheirSetting() {
        assertSettingError("imap.port", "imap.host", "h", "accounts", "a:p", "imap.port", "143x");
        assertSettingError("imaps.port", "imap.host", "h", "accounts", "a:p", "imaps.port", "70000");
        assertSettingError("pop3.tls", "imap.host", "h", "accounts", "a:p", "pop3.tls", "ssl");
        assertSettingError("smtp.port", "imap.host", "h", "accounts", "a:p", "smtp.port", "0");
        assertSettingError("tls.insecure", "imap.host", "h", "accounts", "a:p", "tls.insecure", "maybe");
        assertSettingError("timeout.seconds", "imap.host", "h", "accounts", "a:p", "timeout.seconds", "-1");
        assertSettingError("accounts", "imap.host", "h", "accounts", "nopassword");
        assertSettingError("server.log", "imap.host", "h", "accounts", "a:p", "server.log", "/no/such/file.log");
    }

    @Test
    void passwordsNeverAppearInErrorsOrToString() {
        assertThatThrownBy(() -> remote("imap.host", "h", "accounts", "a:secret1,broken"))
                .hasMessageNotContaining("secret1");
        assertThat(remote("imap.host", "h", "accounts", "a:secret1").toString()).doesNotContain("secret1");
    }

    private static void assertSettingError(String key, String... keyValues) {
        assertThatThrownBy(() -> remote(keyValues))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith(key + "=")
                .extracting(e -> ((SettingsException) e).key()).isEqualTo(key);
    }
}
