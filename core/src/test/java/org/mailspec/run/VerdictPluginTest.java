package org.mailspec.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import org.junit.jupiter.api.Test;
import org.mailspec.report.Verdict;
import org.opentest4j.TestAbortedException;

/** The one place outcomes become verdicts: ERROR is never folded into FAIL or PASS. */
class VerdictPluginTest {

    private static VerdictPlugin.Judgement judge(Status status, Throwable error, String level) {
        VerdictPlugin.Running r = new VerdictPlugin.Running(Instant.EPOCH);
        r.firstProblem = new Result(status, Duration.ZERO, error);
        r.problemStep = "Then the server answers OK";
        return VerdictPlugin.judge(r, r.firstProblem, level);
    }

    @Test
    void aRuleViolationUnderMustIsFail() {
        var j = judge(Status.FAILED, new RuleViolation("LOGOUT sends BYE", "* BYE", "A1 OK"), "must");
        assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(j.expected()).isEqualTo("* BYE");
        assertThat(j.actual()).isEqualTo("A1 OK");
        assertThat(j.message()).contains("LOGOUT sends BYE").contains("expected * BYE").contains("got A1 OK");
    }

    @Test
    void aRuleViolationUnderShouldOrMayIsWarn() {
        assertThat(judge(Status.FAILED, new RuleViolation("r", "e", "a"), "should").verdict()).isEqualTo(Verdict.WARN);
        assertThat(judge(Status.FAILED, new RuleViolation("r", "e", "a"), "may").verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void aWireProblemIsErrorNeverFail() {
        var j = judge(Status.FAILED, new IOException("read timed out after 10 s"), "must");
        assertThat(j.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(j.message()).contains("IOException").contains("timed out");
    }

    @Test
    void anAbortIsSkipWithItsReason() {
        var j = judge(Status.SKIPPED, new TestAbortedException("server does not advertise IDLE"), "must");
        assertThat(j.verdict()).isEqualTo(Verdict.SKIP);
        assertThat(j.message()).isEqualTo("server does not advertise IDLE");
    }

    @Test
    void undefinedAmbiguousAndPendingStepsAreHarnessErrors() {
        assertThat(judge(Status.UNDEFINED, null, "must").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(judge(Status.AMBIGUOUS, new RuntimeException("two"), "must").verdict()).isEqualTo(Verdict.ERROR);
        assertThat(judge(Status.PENDING, null, "must").verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void passIsPass() {
        VerdictPlugin.Running r = new VerdictPlugin.Running(Instant.EPOCH);
        assertThat(VerdictPlugin.judge(r, new Result(Status.PASSED, Duration.ZERO, null), "must").verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void tagsGiveLevelAndRfcSections() {
        List<String> tags = List.of("@imap", "@rfc9051-6.3.2", "@rfc3501-6.3.1", "@should", "@seed");
        assertThat(VerdictPlugin.level(tags)).isEqualTo("should");
        assertThat(VerdictPlugin.rfc(tags)).containsExactly("rfc9051-6.3.2", "rfc3501-6.3.1");
        assertThat(VerdictPlugin.command("imap/uid-fetch.feature")).isEqualTo("UID FETCH");
        assertThat(VerdictPlugin.protocol("pop3/stat.feature")).isEqualTo("pop3");
    }
}
