package org.mailspec.containers;

import org.mailspec.target.TargetUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.target.RemoteTarget;
import org.mailspec.target.Target;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TargetsTest {

    private static final DockerEngine DOCKER = new DockerEngine(true, "Docker engine at unix:///var/run/docker.sock (API 1.41)");
    private static final DockerEngine NO_DOCKER = new DockerEngine(false, "no DOCKER_HOST and no Docker socket at /var/run/docker.sock");
    private static final DovecotBinary DOVECOT = new DovecotBinary(Path.of("/usr/sbin/dovecot"), "2.3.19.1");

    private record FakeProbes(DockerEngine docker, Optional<DovecotBinary> dovecot) implements Targets.Probes {
    }

    private static Settings target(String value) {
        return Settings.of(value == null ? Map.of() : Map.of("target", value));
    }

    @Test
    void autoPrefersDockerThenLocalDovecotThenGreenMail() {
        assertThat(Targets.candidates(target(null), new FakeProbes(DOCKER, Optional.of(DOVECOT))))
                .extracting(Targets.Choice::name).containsExactly("dovecot", "dovecot-local", "embedded");
        assertThat(Targets.candidates(target("auto"), new FakeProbes(NO_DOCKER, Optional.of(DOVECOT))))
                .extracting(Targets.Choice::name).containsExactly("dovecot-local", "embedded");
        assertThat(Targets.candidates(target("AUTO"), new FakeProbes(NO_DOCKER, Optional.empty())))
                .extracting(Targets.Choice::name).containsExactly("embedded");
    }

    @Test
    void autoSaysWhyInOneLine() {
        assertThat(Targets.choose(target(null), new FakeProbes(DOCKER, Optional.empty())).resolvedBecause())
                .isEqualTo("auto: Docker engine at unix:///var/run/docker.sock (API 1.41) reachable");
        assertThat(Targets.choose(target(null), new FakeProbes(NO_DOCKER, Optional.of(DOVECOT))).resolvedBecause())
                .isEqualTo("auto: no Docker engine reachable (no DOCKER_HOST and no Docker socket at "
                        + "/var/run/docker.sock); dovecot 2.3.19.1 at /usr/sbin/dovecot found");
        assertThat(Targets.choose(target(null), new FakeProbes(NO_DOCKER, Optional.empty())).resolvedBecause())
                .startsWith("auto: no Docker engine reachable (")
                .endsWith("; no dovecot binary on PATH, /usr/sbin or /usr/local/sbin")
                .doesNotContain("\n");
    }

    @Test
    void explicitTargetsAreTakenAsGiven() {
        FakeProbes everything = new FakeProbes(DOCKER, Optional.of(DOVECOT));
        assertThat(Targets.choose(target("embedded"), everything))
                .isEqualTo(new Targets.Choice("embedded", "target=embedded"));
        assertThat(Targets.choose(target("dovecot"), everything).name()).isEqualTo("dovecot");
        assertThat(Targets.choose(target("dovecot-local"), everything).resolvedBecause())
                .isEqualTo("target=dovecot-local: dovecot 2.3.19.1 at /usr/sbin/dovecot");
        assertThat(Targets.choose(Settings.of(Map.of("target", "remote", "imap.host", "mx.example.org")), everything))
                .isEqualTo(new Targets.Choice("remote", "target=remote (imap.host=mx.example.org)"));
        assertThat(Targets.candidates(target("dovecot"), everything)).hasSize(1);
    }

    @Test
    void theEnvironmentVariableCountsWhenNoPropertyIsSet() {
        Settings env = new Settings(Map.of(), Map.of("MAILSPEC_TARGET", "embedded"));
        assertThat(Targets.choose(env, new FakeProbes(DOCKER, Optional.empty())).name()).isEqualTo("embedded");
    }

    @Test
    void dovecotWithoutDockerIsUnavailableWithTheReason() {
        assertThatThrownBy(() -> Targets.choose(target("dovecot"), new FakeProbes(NO_DOCKER, Optional.of(DOVECOT))))
                .isInstanceOf(TargetUnavailableException.class)
                .hasMessage("target=dovecot: no Docker engine reachable (no DOCKER_HOST and no Docker socket at "
                        + "/var/run/docker.sock)");
    }

    @Test
    void dovecotLocalWithoutBinaryIsUnavailableWithTheReason() {
        assertThatThrownBy(() -> Targets.choose(target("dovecot-local"), new FakeProbes(DOCKER, Optional.empty())))
                .isInstanceOf(TargetUnavailableException.class)
                .hasMessageStartingWith("target=dovecot-local: no dovecot binary on PATH");
    }

    @Test
    void anUnknownTargetListsTheValidOnes() {
        assertThatThrownBy(() -> Targets.choose(target("docker"), new FakeProbes(DOCKER, Optional.empty())))
                .isInstanceOf(SettingsException.class)
                .hasMessage("target=docker: expected one of auto, embedded, dovecot, dovecot-local, remote");
    }

    @Test
    void remoteIsBuiltFromTheSettings() {
        Settings s = Settings.of(Map.of("target", "remote", "imap.host", "127.0.0.1", "accounts", "a:b"));
        List<String> said = new ArrayList<>();
        try (Target t = Targets.resolve(s, new FakeProbes(NO_DOCKER, Optional.empty()), said::add)) {
            assertThat(t).isInstanceOf(RemoteTarget.class);
            assertThat(t.resolvedBecause()).isEqualTo("target=remote (imap.host=127.0.0.1)");
        }
        assertThat(said).containsExactly("target: remote (target=remote (imap.host=127.0.0.1))");
        assertThatThrownBy(() -> Targets.resolve(Settings.of(Map.of("target", "remote")),
                new FakeProbes(NO_DOCKER, Optional.empty()), said::add))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("imap.host=");
    }

    @Test
    void autoWithNothingInstalledStartsGreenMailAndAnnouncesItFirst() {
        List<String> said = new ArrayList<>();
        try (Target t = Targets.resolve(target(null), new FakeProbes(NO_DOCKER, Optional.empty()), said::add)) {
            assertThat(t.name()).isEqualTo("embedded");
            assertThat(said).hasSize(1);
            assertThat(said.get(0)).startsWith("target: embedded (auto: no Docker engine reachable");
            assertThat(t.resolvedBecause()).isEqualTo(
                    Targets.choose(target(null), new FakeProbes(NO_DOCKER, Optional.empty())).resolvedBecause());
        }
    }

    @Test
    void autoFallsBackWhenTheChosenTargetDoesNotStartAndSaysSo() {
        List<String> said = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        Target t = Targets.resolve(target(null), new FakeProbes(DOCKER, Optional.of(DOVECOT)), said::add, c -> {
            tried.add(c.name());
            if (!c.name().equals("embedded")) {
                throw new TargetStartException(c.name() + ": broke\nlog tail");
            }
            return EmbeddedGreenMail.start(c.resolvedBecause(), Duration.ofSeconds(5));
        });
        try (t) {
            assertThat(tried).containsExactly("dovecot", "dovecot-local", "embedded");
            assertThat(t.resolvedBecause()).startsWith("auto: Docker engine at")
                    .contains("dovecot did not start (dovecot: broke)")
                    .contains("dovecot-local did not start (dovecot-local: broke)")
                    .doesNotContain("log tail");
            assertThat(said).hasSize(5);
            assertThat(said.get(1)).isEqualTo("target: dovecot did not start, trying dovecot-local: dovecot: broke");
        }
    }

    @Test
    void anExplicitTargetThatDoesNotStartFailsWithoutFallback() {
        assertThatThrownBy(() -> Targets.resolve(target("dovecot-local"), new FakeProbes(DOCKER, Optional.of(DOVECOT)),
                line -> { }, c -> {
                    throw new TargetStartException("dovecot-local: broke");
                })).isInstanceOf(TargetStartException.class).hasMessage("dovecot-local: broke");
    }

    @Test
    void hintsTheTestcontainersSettingsThisMachineNeeds() {
        assertThat(Targets.testcontainersHint(Map.of())).contains("TESTCONTAINERS_RYUK_DISABLED=true");
        assertThat(Targets.testcontainersHint(Map.of("TESTCONTAINERS_RYUK_DISABLED", "true",
                "TESTCONTAINERS_HOST_OVERRIDE", "localhost"))).isEmpty();
    }
}
