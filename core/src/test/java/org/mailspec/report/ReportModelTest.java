package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportModelTest {

    @Test
    void summaryIsDerivedInVerdictOrder() {
        Report r = Samples.small();
        assertThat(r.summary()).containsExactly(Map.entry(Verdict.PASS, 2), Map.entry(Verdict.FAIL, 3),
                Map.entry(Verdict.WARN, 1), Map.entry(Verdict.SKIP, 1), Map.entry(Verdict.ERROR, 1));
    }

    @Test
    void rejectsASummaryThatDisagreesAndDuplicateIds() {
        List<ScenarioResult> s = Samples.smallScenarios();
        assertThatThrownBy(() -> new Report(1, Samples.run(), Samples.target(), Map.of(Verdict.PASS, 8), s))
                .hasMessageContaining("disagrees with the scenarios");
        assertThatThrownBy(() -> Report.of(Samples.run(), Samples.target(), List.of(s.get(0), s.get(0))))
                .hasMessageContaining("scenario id 'imap/select/select-inbox-reports-read-write' appears twice");
    }

    @Test
    void scenarioIdFollowsDesign() {
        assertThat(ScenarioId.of("imap/select.feature", "SELECT INBOX reports READ-WRITE"))
                .isEqualTo("imap/select/select-inbox-reports-read-write");
        assertThat(ScenarioId.of("features/pop3/top.feature", "TOP 1 0: header only!", 3))
                .isEqualTo("pop3/top/top-1-0-header-only#3");
        assertThatThrownBy(() -> ScenarioId.of("imap/x.feature", " -- "))
                .hasMessageContaining("has no words");
    }

    @Test
    void causeFixAndRuleComeFromTheDescription() {
        ScenarioResult sec = Samples.smallScenarios().get(7);
        assertThat(sec.isSecurity()).isTrue();
        assertThat(sec.cause()).hasValue("auth_debug_passwords = yes writes every password to the log.");
        assertThat(sec.fix()).hasValue("set auth_debug_passwords = no in conf.d/10-logging.conf.");
        assertThat(sec.rule()).isEqualTo("Servers MUST NOT disclose credentials.");
    }

    @Test
    void transcriptLinesAreCountedOnLf() {
        ScenarioResult s = Samples.smallScenarios().get(1);
        assertThat(s.transcriptLines()).containsExactly("C: a1 SELECT \"no-such-box-7f3a\"",
                "S: a1 BAD <script>alert(1)</script>");
    }

    @Test
    void summaryLine() {
        assertThat(Summary.line(Samples.small(), java.nio.file.Path.of("target/conformance/index.html")))
                .isEqualTo("8 scenarios: 2 PASS, 3 FAIL, 1 WARN, 1 SKIP, 1 ERROR (1 baselined, 1 fixed)"
                        + " -> target/conformance/index.html");
        assertThat(Summary.line(Report.of(Samples.run(), Samples.target(), List.of())))
                .isEqualTo("0 scenarios: 0 PASS, 0 FAIL, 0 WARN, 0 SKIP, 0 ERROR");
    }

    @Test
    void rfcSectionsSortNumericallyAndLink() {
        List<RfcSection> l = new java.util.ArrayList<>(List.of(RfcSection.parse("rfc9051-6.3.11"),
                RfcSection.parse("rfc9051-6.3.2"), RfcSection.parse("rfc1939-7"), RfcSection.parse("rfc9051-6.3")));
        java.util.Collections.sort(l);
        assertThat(l).extracting(RfcSection::key).containsExactly("rfc1939-7", "rfc9051-6.3", "rfc9051-6.3.2", "rfc9051-6.3.11");
        assertThat(RfcSection.parse("rfc9051-6.3.2").url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc9051#section-6.3.2");
        assertThat(RfcSection.parse("rfc9051-6.3.2").label()).isEqualTo("RFC 9051 §6.3.2");
        assertThat(RfcSection.parse("rfc9051-\"><x").url()).isEmpty();
    }
}
