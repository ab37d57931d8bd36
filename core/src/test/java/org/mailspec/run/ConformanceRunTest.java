package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.mailspec.report.Report;
import org.mailspec.report.ReportJson;
import org.mailspec.report.SuiteStop;
import org.mailspec.testing.ScriptedServer;
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

    /** Runs the IMAP suite's frame (no glue, no features needed: a stopped suite runs no scenario) under {@code root}. */
    private static List<DynamicTest> runImap(Path root, Target target, ByteArrayOutputStream console) {
        ConformanceRun.SuiteSpec spec = new ConformanceRun.SuiteSpec("imap", "org.mailspec.run.noglue",
                settings -> target, Preflights::imap);
        Map<String, String> props = Map.of("mailspec.root", root.toString(), "mailspec.run.id", "stop-test",
                "baseline", "none");
        Map<String, String> before = new HashMap<>();
        props.forEach((k, v) -> {
            before.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        try {
            return ConformanceRun.run(spec, new PrintStream(console, true, StandardCharsets.UTF_8)).toList();
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    @Test
    void aGreetingThatIsNoGreetingStopsTheSuiteAsAFailOfTheGreetingRuleInEveryReport(@TempDir Path root) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<DynamicTest> tests;
        try (ScriptedServer server = ScriptedServer.builder().line("* HELLO there").start()) {
            tests = runImap(root, ScriptedTarget.of(server.endpoint()), console);
        }
        assertThat(tests).singleElement().satisfies(t -> {
            assertThat(t.getDisplayName()).isEqualTo("FAIL imap/preflight/the-preflight-passes");
            assertThatThrownBy(() -> t.getExecutable().execute()).as("the gate fails")
                    .isInstanceOf(AssertionFailedError.class).hasMessageContaining("the imap suite stopped: ");
        });
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("mailspec: preflight failed: imap 127.0.0.1:")
                .contains("[imap] 1 scenario: 0 PASS, 1 FAIL");
        Path conformance = root.resolve("target/conformance");
        Report report = ReportJson.read(conformance.resolve("report.json"));
        assertThat(SuiteStop.in(report)).singleElement().satisfies(stop -> {
            assertThat(stop.verdict()).isEqualTo(org.mailspec.report.Verdict.FAIL);
            assertThat(stop.rule()).startsWith("RFC 9051 9: greeting = \"*\" SP (resp-cond-auth / resp-cond-bye) CRLF")
                    .endsWith("this one breaks greeting");
            assertThat(stop.line()).contains("expected OK, PREAUTH or BYE");
        });
        assertThat(report.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.actual()).isEqualTo("* HELLO there\\r\\n");
            assertThat(s.rfc()).containsExactly("rfc9051-9");
        });
        assertThat(Files.readString(conformance.resolve("report.md"))).contains("The IMAP suite stopped in its preflight")
                .contains("**Build fails**");
        assertThat(Files.readString(conformance.resolve("index.html"))).contains("<p class=\"callout stop\">");
        assertThat(Files.readString(conformance.resolve("junit.xml"))).contains("<failure message=\"the imap suite stopped: ");
        try (var allure = Files.list(root.resolve("target/allure-results"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedPortStopsTheSuiteAsAnError(@TempDir Path root) throws Exception {
        Endpoint closed;
        try (ScriptedServer server = ScriptedServer.builder().start()) {
            closed = server.endpoint();
        }
        List<DynamicTest> tests = runImap(root, ScriptedTarget.of(closed), new ByteArrayOutputStream());
        assertThat(tests).singleElement().satisfies(t -> {
            assertThat(t.getDisplayName()).isEqualTo("ERROR imap/preflight/the-preflight-passes");
            assertThatThrownBy(() -> t.getExecutable().execute()).isInstanceOf(HarnessError.class);
        });
        Report report = ReportJson.read(root.resolve("target/conformance/report.json"));
        assertThat(SuiteStop.in(report)).singleElement().satisfies(stop -> {
            assertThat(stop.verdict()).isEqualTo(org.mailspec.report.Verdict.ERROR);
            assertThat(stop.rule()).isNull();
            assertThat(stop.line()).contains("cannot connect");
        });
    }
}
