package org.mailspec.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;

class ClientOptionsTest {

    @Test
    void readsTimeoutInsecureTlsAndBindFromTheSettings() {
        Transcript t = new Transcript();
        ClientOptions o = ClientOptions.from(Settings.of(Map.of(
                "timeout.seconds", "2.5", "tls.insecure", "true", "client.bind", "127.0.0.2")), t);
        assertThat(o.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(o.tls().insecure()).isTrue();
        assertThat(o.bind()).hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("127.0.0.2"));
        assertThat(o.parserMode()).isEqualTo(ParserMode.STRICT);
        assertThat(o.transcript()).isSameAs(t);
        assertThat(o.name()).isEmpty();
    }

    @Test
    void defaultsAreTenSecondsCheckedTlsAnyAddress() {
        ClientOptions o = ClientOptions.from(Settings.of(Map.of()), new Transcript());
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.tls()).isEqualTo(TlsOptions.defaults());
        assertThat(o.bind()).isEmpty();
    }

    @Test
    void aBadBindAddressNamesTheSetting() {
        assertThatThrownBy(() -> ClientOptions.from(Settings.of(Map.of("client.bind", "not an address!")), new Transcript()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("client.bind");
    }

    @Test
    void aZeroTimeoutIsRefused() {
        assertThatThrownBy(() -> ClientOptions.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
