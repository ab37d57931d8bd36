package org.mailspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportJsonTest {

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.check("report.json", ReportJson.toJson(Samples.small()));
    }

    @Test
    void roundTripsEveryField() {
        Report r = Samples.small();
        Report back = ReportJson.parse(ReportJson.toJson(r));
        assertThat(back).isEqualTo(r);
        assertThat(ReportJson.toJson(back)).isEqualTo(ReportJson.toJson(r));
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) {
        Report r = Samples.realistic();
        ReportJson.write(dir.resolve("report.json"), r);
        assertThat(ReportJson.read(dir.resolve("report.json"))).isEqualTo(r);
        assertThat(ReportJson.readIfExists(dir.resolve("nope.json"))).isEqualTo(Optional.empty());
    }

    @Test
    void writesDesignFieldsInDesignOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportJson.toJson(Samples.small()));
        assertThat(names(root)).containsExactly("schemaVersion", "run", "target", "summary", "stopped", "scenarios");
        assertThat(names(root.get("run"))).containsExactly("id", "startedAt", "durationMs");
        assertThat(names(root.get("target"))).containsExactly("name", "resolvedBecause", "imap", "pop3");
        assertThat(names(root.get("target").get("imap"))).containsExactly("host", "port", "tls", "greeting", "capabilities",
                "layout");
        assertThat(names(root.get("target").get("pop3"))).containsExactly("host", "port", "tls", "greeting", "capabilities");
        assertThat(names(root.get("summary"))).containsExactly("PASS", "FAIL", "WARN", "SKIP", "ERROR");
        List<String> fields = names(root.get("scenarios").get(0));
        List<String> design = List.of("id", "name", "protocol", "feature", "tags", "rfc", "level", "verdict",
                "baselined", "durationMs", "message", "transcript");
        assertThat(fields).containsAll(design);
        assertThat(fields.stream().filter(design::contains).toList()).as("DESIGN fields keep their order")
                .isEqualTo(design);
        assertThat(root.get("run").get("startedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
    }

    @Test
    void theImapLayoutIsWrittenNullWhenUnknownAndReadBack() throws Exception {
        JsonNode layout = new ObjectMapper().readTree(ReportJson.toJson(Samples.small())).get("target").get("imap").get("layout");
        assertThat(layout.toString()).isEqualTo("{\"personalPrefix\":\"INBOX.\",\"delimiter\":\".\",\"source\":\"NAMESPACE\"}");
        EndpointInfo unknown = new EndpointInfo("h", 143, "none", "* OK hi", List.of("IMAP4rev2"));
        EndpointInfo flat = unknown.withLayout(new LayoutInfo("", null, "LIST"));
        for (EndpointInfo e : List.of(unknown, flat)) {
            Report r = Report.of(Samples.run(), new TargetInfo("remote", "", e, null), List.of());
            String json = ReportJson.toJson(r);
            assertThat(json).contains(e.layout() == null ? "\"layout\": null" : "\"delimiter\": null");
            assertThat(ReportJson.parse(json).target().imap()).isEqualTo(e);
        }
        assertThatThrownBy(() -> ReportJson.parse(ReportJson.toJson(Samples.small()).replace("\"personalPrefix\": \"INBOX.\"",
                "\"personalPrefix\": 7"))).hasMessageContaining("target.imap.layout.personalPrefix: expected a string");
    }

    @Test
    void aStoppedSuiteIsListedAndItsResultRoundTrips() throws Exception {
        ScenarioResult stop = SuiteStop.brokenRule("imap", "imap 127.0.0.1:143 (none): the greeting breaks greeting",
                "RFC 9051 9: greeting = \"*\" SP (resp-cond-auth / resp-cond-bye) CRLF", List.of("rfc9051-9"),
                "* OK, * PREAUTH or * BYE", "* HELLO\\r\\n", "S: * HELLO\n", 4);
        Report r = Report.of(Samples.run(), Samples.target(), List.of(stop));
        JsonNode stopped = new ObjectMapper().readTree(ReportJson.toJson(r)).get("stopped");
        assertThat(stopped.toString()).isEqualTo("[{\"protocol\":\"imap\",\"verdict\":\"FAIL\",\"line\":"
                + "\"imap 127.0.0.1:143 (none): the greeting breaks greeting\",\"rule\":"
                + "\"RFC 9051 9: greeting = \\\"*\\\" SP (resp-cond-auth / resp-cond-bye) CRLF\"}]");
        Report back = ReportJson.parse(ReportJson.toJson(r));
        assertThat(back).isEqualTo(r);
        assertThat(SuiteStop.in(back)).containsExactly(new SuiteStop("imap", Verdict.FAIL,
                "imap 127.0.0.1:143 (none): the greeting breaks greeting",
                "RFC 9051 9: greeting = \"*\" SP (resp-cond-auth / resp-cond-bye) CRLF"));
        assertThat(ReportJson.toJson(Samples.small())).contains("\"stopped\": [],");
    }

    @Test
    void summaryHasAllFiveVerdictsEvenWhenZero() {
        Report empty = Report.of(Samples.run(), Samples.target(), List.of());
        assertThat(ReportJson.toJson(empty)).contains(
                "\"summary\": {\n    \"PASS\": 0,\n    \"FAIL\": 0,\n    \"WARN\": 0,\n    \"SKIP\": 0,\n    \"ERROR\": 0\n  }");
    }

    @Test
    void readsAMinimalDesignExample() {
        String json = """
                {"schemaVersion": 1, "run": {"id": "r1", "startedAt": "2026-01-02T03:04:05.123Z", "durationMs": 5},
                 "target": {"name": "embedded", "imap": null},
                 "summary": {"PASS": 1, "FAIL": 0, "WARN": 0, "SKIP": 0, "ERROR": 0},
                 "scenarios": [{"id": "imap/noop/noop-succeeds", "name": "NOOP succeeds", "protocol": "imap",
                   "feature": "imap/noop.feature", "tags": ["@must"], "rfc": ["rfc9051-6.1.2"], "level": "must",
                   "verdict": "PASS", "baselined": false, "durationMs": 3, "message": "", "transcript": "",
                   "futureField": {"ignored": true}}]}
                """;
        Report r = ReportJson.parse(json);
        assertThat(r.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("imap/noop/noop-succeeds");
            assertThat(s.failedStep()).isNull();
            assertThat(s.markedLines()).isEmpty();
        });
        assertThat(r.target().pop3()).isNull();
    }

    @Test
    void namesTheFieldThatIsWrong() {
        String good = ReportJson.toJson(Samples.small());
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"verdict\": \"WARN\"", "\"verdict\": \"WARNING\""), "x.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("x.json: scenarios[2] (imap/fetch/fetch-of-flags-on-a-message-in-the-example-row#2).verdict: "
                        + "expected one of PASS, FAIL, WARN, SKIP, ERROR, got \"WARNING\"");
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), "x.json"))
                .hasMessageContaining("schemaVersion: schema version 2 is not one this mailspec reads");
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"name\": \"dovecot-local\",", ""), "x.json"))
                .hasMessage("x.json: target.name: missing");
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"PASS\": 2", "\"PASS\": 3"), "x.json"))
                .hasMessageContaining("x.json: summary {PASS=3, FAIL=3, WARN=1, SKIP=1, ERROR=1} disagrees with the scenarios");
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"2026-03-01T10:00:00Z\"", "\"yesterday\""), "x.json"))
                .hasMessageContaining("run.startedAt: expected an ISO-8601 instant");
        assertThatThrownBy(() -> ReportJson.parse(good.replace("\"durationMs\": 18", "\"durationMs\": \"18\""), "x.json"))
                .hasMessageContaining("scenarios[0] (imap/select/select-inbox-reports-read-write).durationMs: expected an integer");
        assertThatThrownBy(() -> ReportJson.parse("{\"schemaVersion\": 1,", "x.json"))
                .hasMessageStartingWith("x.json: not JSON: ");
    }

    @Test
    void isDeterministic() {
        assertThat(ReportJson.toJson(Samples.realistic())).isEqualTo(ReportJson.toJson(Samples.realistic()));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
