package org.mailspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A suite its preflight stopped shows, as such, in every report, and fails the gate. */
class StoppedSuiteTest {

    /** The IMAP suite stopped on a greeting that is no greeting; the POP3 suite ran and passed. */
    static Report stoppedImap() {
        List<ScenarioResult> l = new ArrayList<>();
        l.add(SuiteStop.brokenRule("imap", "imap 127.0.0.1:10143 (starttls): ImapProtocolViolation: imap#1: expected OK, "
                        + "PREAUTH or BYE (resp-cond-auth / resp-cond-bye), found \"HELLO\" [rule greeting, offset 2]: \"* HELLO there\\r\\n\"",
                "RFC 9051 9: greeting = \"*\" SP (resp-cond-auth / resp-cond-bye) CRLF: an OK, PREAUTH or BYE greeting (3); "
                        + "this one breaks greeting", List.of("rfc9051-9"), "* OK, * PREAUTH or * BYE, a text, CRLF",
                "* HELLO there\\r\\n", "S: * HELLO there\\r\\n\n", 31));
        for (ScenarioResult s : Samples.realistic().scenarios()) {
            if (s.protocol().equals("pop3") && s.verdict() == Verdict.PASS) {
                l.add(s);
            }
        }
        return Report.of(Samples.run(), new TargetInfo("dovecot-local", "a dovecot binary is on PATH", null,
                Samples.target().pop3()), l);
    }

    /** The POP3 suite stopped because nothing listened: an ERROR, no rule broken. */
    static Report refusedPop3() {
        List<ScenarioResult> l = new ArrayList<>(Samples.small().scenarios().stream().filter(s -> s.protocol().equals("imap")).toList());
        l.add(SuiteStop.couldNotRun("pop3", "pop3 127.0.0.1:10110 (starttls): cannot connect: Connection refused "
                + "(check pop3.host and pop3.port)", "", 2));
        return Report.of(Samples.run(), new TargetInfo("remote", "", Samples.target().imap(), null), l);
    }

    @Test
    void everyWriterMatchesItsGoldenFile() throws Exception {
        Report r = stoppedImap();
        Golden.check("report-stopped.json", ReportJson.toJson(r));
        Golden.check("report-stopped.md", ReportMarkdown.render(r, Optional.empty(), false, "target/conformance/index.html"));
        Golden.check("index-stopped.html", ReportHtml.render(r, Optional.empty(), false));
        Golden.check("junit-stopped.xml", JUnitXml.render(r, false));
        Golden.check("report-refused.md", ReportMarkdown.render(refusedPop3(), Optional.empty(), false, "index.html"));
    }

    @Test
    void theGateFailsAndNoBaselineExcusesIt() {
        Report r = stoppedImap();
        Gate g = BaselineCheck.apply(r.scenarios(), Baseline.parse(SuiteStop.id("imap") + "  we know\n", "b"), false);
        assertThat(g.passed()).isFalse();
        assertThat(g.newFailures()).extracting(ScenarioResult::id).containsExactly("imap/preflight/the-preflight-passes");
        assertThat(Summary.line(r)).startsWith("8 scenarios: 7 PASS, 1 FAIL");
        assertThat(Baseline.render(r.scenarios(), "", false)).as("a stop is not written into a baseline").isEmpty();
    }

    @Test
    void theReportsSayTheSuiteStoppedTheLineAndTheRule() throws Exception {
        Report r = stoppedImap();
        String md = ReportMarkdown.render(r, Optional.empty(), false, "index.html");
        assertThat(md).contains("> ❌ **The IMAP suite stopped in its preflight**: imap 127.0.0.1:10143 (starttls): ")
                .contains("> Rule broken: RFC 9051 9: greeting = \"\\*\" SP")
                .contains("**Build fails**: 1 failure not in the baseline.");
        String html = ReportHtml.render(r, Optional.empty(), false);
        assertThat(html).contains("<p class=\"callout stop\"><b>The IMAP suite stopped in its preflight</b> <span class=\"badge v-fail\">FAIL</span>")
                .contains("✗ Build fails: 1 failure not in the baseline");
        assertThat(JUnitXml.render(r, false)).contains("<testsuite name=\"imap/preflight\" tests=\"1\" failures=\"1\" errors=\"0\"")
                .contains("<testcase name=\"The preflight passes\" classname=\"imap/preflight\"");
        JsonNode stopped = new ObjectMapper().readTree(ReportJson.toJson(r)).get("stopped");
        assertThat(stopped.get(0).get("verdict").asText()).isEqualTo("FAIL");
        String refused = JUnitXml.render(refusedPop3(), false);
        assertThat(refused).contains("<testsuite name=\"pop3/preflight\" tests=\"1\" failures=\"0\" errors=\"1\"");
        assertThat(ReportMarkdown.render(refusedPop3(), Optional.empty(), false, "i.html"))
                .contains("> No rule broken: the harness could not judge the server.");
    }

    @Test
    void allureHasTheStopAsAResult(@TempDir Path dir) throws Exception {
        AllureResults.write(dir, stoppedImap());
        String stop = null;
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                String json = Files.readString(p);
                if (json.contains("imap/preflight/the-preflight-passes")) {
                    stop = json;
                }
            }
        }
        assertThat(stop).isNotNull().contains("\"status\" : \"failed\"").contains("the imap suite stopped: ");
    }

    @Test
    void theMatrixShowsTheStoppedColumn() {
        Matrix m = Matrix.of(List.of(new Matrix.Input(null, "", Samples.realistic()), new Matrix.Input(null, "", stoppedImap())));
        assertThat(m.columns().get(1).stops()).singleElement().satisfies(s -> assertThat(s.rule()).contains("greeting"));
        Matrix.Row select = m.rows().stream().filter(r -> r.id().startsWith("imap/select/")).findFirst().orElseThrow();
        assertThat(((Matrix.NotRun) select.cells().get(1)).why()).startsWith("the IMAP suite stopped in its preflight: ");
    }
}
