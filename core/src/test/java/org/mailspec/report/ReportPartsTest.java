package org.mailspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPartsTest {

    private static Report part(String runId, Instant start, long ms, String protocol) {
        List<ScenarioResult> s = Samples.smallScenarios().stream().filter(x -> x.protocol().equals(protocol)).toList();
        TargetInfo full = Samples.target();
        TargetInfo t = new TargetInfo(full.name(), full.resolvedBecause(),
                protocol.equals("imap") ? full.imap() : null, protocol.equals("pop3") ? full.pop3() : null);
        return Report.of(new RunInfo(runId, start, ms), t, s);
    }

    @Test
    void mergesThePartsOfOneRun(@TempDir Path dir) {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        ReportParts.writePart(dir, "pop3", part("run-2", t0.plusSeconds(30), 5_000, "pop3"));
        ReportParts.writePart(dir, "imap", part("run-2", t0, 20_000, "imap"));
        Report r = ReportParts.aggregate(dir, "run-2");
        assertThat(r.run()).isEqualTo(new RunInfo("run-2", t0, 35_000));
        assertThat(r.target().imap()).isEqualTo(Samples.target().imap());
        assertThat(r.target().pop3()).isEqualTo(Samples.target().pop3());
        assertThat(r.target().name()).isEqualTo("dovecot-local");
        assertThat(r.scenarios()).hasSize(8);
        assertThat(r.scenarios().get(0).protocol()).isEqualTo("imap");
        assertThat(r.scenarios().get(7).protocol()).isEqualTo("pop3");
        assertThat(r.summary().get(Verdict.FAIL)).isEqualTo(3);
        assertThat(dir.resolve("parts/imap.json")).exists();
    }

    @Test
    void ignoresAndKeepsPartsOfAnotherRun(@TempDir Path dir) {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        ReportParts.writePart(dir, "pop3", part("yesterday", t0.minusSeconds(86_400), 5_000, "pop3"));
        ReportParts.writePart(dir, "imap", part("today", t0, 20_000, "imap"));
        Report r = ReportParts.aggregate(dir, "today");
        assertThat(r.target().pop3()).isNull();
        assertThat(r.scenarios()).allMatch(s -> s.protocol().equals("imap"));
        assertThat(dir.resolve("parts/pop3.json")).exists();
        assertThat(ReportParts.latestRunId(dir)).hasValue("today");
    }

    @Test
    void saysWhichRunsItFoundWhenNoneMatches(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportParts.aggregate(dir, "r1")).hasMessageContaining("no report part of run 'r1'")
                .hasMessageContaining("(no parts at all)");
        ReportParts.writePart(dir, "imap", part("r0", Instant.EPOCH, 1, "imap"));
        assertThatThrownBy(() -> ReportParts.aggregate(dir, "r1")).hasMessageContaining("parts found are of run(s) [r0]");
    }

    @Test
    void refusesTheSameScenarioInTwoPartsAndOddProtocolNames(@TempDir Path dir) {
        ReportParts.writePart(dir, "imap", part("r", Instant.EPOCH, 1, "imap"));
        ReportParts.writePart(dir, "imap2", part("r", Instant.EPOCH, 1, "imap"));
        assertThatThrownBy(() -> ReportParts.aggregate(dir, "r")).hasMessageContaining("is in more than one part of run r");
        assertThatThrownBy(() -> ReportParts.writePart(dir, "../x", part("r", Instant.EPOCH, 1, "imap")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
