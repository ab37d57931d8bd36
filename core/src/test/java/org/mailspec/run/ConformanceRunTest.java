package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailspec.report.ScenarioResult;
import org.mailspec.report.Verdict;
import org.mailspec.settings.Settings;
import org.mailspec.settings.SettingsException;
import org.mailspec.testing.ScriptedTarget;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.target.Target;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** How verdicts reach JUnit (and so the build), and which baseline a run uses. */
class ConformanceRunTest {

    private static ScenarioResult result(Verdict v) {
        return new ScenarioResult("imap/x/a-scenario", "a scenario", "imap", "imap/x.feature", "X", List.of("@must"),
                List.of("rfc9051-6"), "must", v, false, null, 1, v == Verdict.PASS ? "" : "why", "", null, null, null,
                "", List.of());
    }

    @Test
    void failIsAFailureAndErrorIsAnErrorNeverAPass() {
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.FAIL), false))
                .isInstanceOf(AssertionFailedError.class).hasMessage("why");
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.ERROR), false))
                .isInstanceOf(HarnessError.class).isNotInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.SKIP), false))
                .isInstanceOf(TestAbortedException.class);
        assertThatCode(() -> ConformanceRun.replay(result(Verdict.PASS), false)).doesNotThrowAnyException();
    }

    @Test
    void warnFailsOnlyWhenStrict() {
        assertThatCode(() -> ConformanceRun.replay(result(Verdict.WARN), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.WARN), true))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aBaselinedFailureIsSkippedWithItsReasonNotPassed() {
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.FAIL).withBaseline("known since 2.3"), false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("known since 2.3");
        assertThatThrownBy(() -> ConformanceRun.replay(result(Verdict.ERROR).withBaseline("flaky TLS"), false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("flaky TLS");
    }

    @Test
    void theBaselineIsTheSettingNoneOrTheShippedOneOfAManagedTarget(@TempDir Path root) throws Exception {
        Path shipped = root.resolve("containers/baselines/dovecot.txt");
        Files.createDirectories(shipped.getParent());
        Files.writeString(shipped, "# none\n");
        Target managedLocal = target("dovecot-local", true, "dovecot");
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of()), root, managedLocal)).contains(shipped);
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of("baseline", "none")), root, managedLocal)).isEmpty();
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of("baseline", "my.txt")), root, managedLocal))
                .contains(root.resolve("my.txt"));
        Target remote = target("remote", false, "remote");
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of()), root, remote)).isEmpty();
        Target variant = target("dovecot-local", true, "dovecot-inbox-prefix");
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of()), root, variant))
                .as("a variant without a shipped baseline has none").isEmpty();
        Path variantFile = root.resolve("containers/baselines/dovecot-inbox-prefix.txt");
        Files.writeString(variantFile, "# none\n");
        assertThat(ConformanceRun.baselineFile(Settings.of(Map.of()), root, variant)).contains(variantFile);
    }

    private static Target target(String name, boolean managed, String baselineName) {
        ScriptedTarget base = ScriptedTarget.of(new Endpoint("127.0.0.1", 143, TlsMode.NONE));
        return new Target() {
            public String name() { return name; }
            public String resolvedBecause() { return "test"; }
            public Endpoint imap() { return base.imap(); }
            public java.util.Optional<Endpoint> imaps() { return base.imaps(); }
            public Endpoint pop3() { return base.pop3(); }
            public java.util.Optional<Endpoint> pop3s() { return base.pop3s(); }
            public java.util.Optional<Endpoint> smtp() { return base.smtp(); }
            public List<org.mailspec.settings.Account> accounts() { return base.accounts(); }
            public boolean tlsInsecure() { return true; }
            public java.time.Duration timeout() { return base.timeout(); }
            public boolean managed() { return managed; }
            public String baselineName() { return baselineName; }
            public Set<String> traits() { return Set.of(); }
        };
    }

    @Test
    void threadsIsANumberFromOneTo32() {
        assertThat(ScenarioRunner.threads(Settings.of(Map.of()))).isEqualTo(ScenarioRunner.DEFAULT_THREADS);
        assertThat(ScenarioRunner.threads(Settings.of(Map.of("threads", "4")))).isEqualTo(4);
        assertThatThrownBy(() -> ScenarioRunner.threads(Settings.of(Map.of("threads", "0"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("threads=0");
    }
}
