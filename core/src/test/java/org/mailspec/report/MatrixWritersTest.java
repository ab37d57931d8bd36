package org.mailspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** matrix.md, matrix.json, matrix.html, and the command that writes them. */
class MatrixWritersTest {
    private static final String HTML_PATH = "target/conformance/matrix.html";
    private final Matrix three = Matrix.of(MatrixSamples.threeServers());
    private final Matrix twoRuns = Matrix.of(MatrixSamples.twoRuns());

    @Test
    void markdownMatchesGoldenFiles() throws Exception {
        Golden.check("matrix.md", MatrixMarkdown.render(three, HTML_PATH));
        Golden.check("matrix-diff.md", MatrixMarkdown.render(twoRuns, HTML_PATH));
    }

    @Test
    void jsonMatchesGoldenFiles() throws Exception {
        Golden.check("matrix.json", MatrixJson.toJson(three));
        Golden.check("matrix-diff.json", MatrixJson.toJson(twoRuns));
    }

    @Test
    void htmlMatchesGoldenFiles() throws Exception {
        Golden.check("matrix.html", MatrixHtml.render(three));
        Golden.check("matrix-diff.html", MatrixHtml.render(twoRuns));
    }

    @Test
    void markdownStaysShortForABigMerge() {
        List<ScenarioResult> a = new ArrayList<>();
        List<ScenarioResult> b = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            a.add(Samples.S.of("imap/f" + (i % 30) + ".feature", "scenario " + i, Verdict.PASS).build());
            b.add(Samples.S.of("imap/f" + (i % 30) + ".feature", "scenario " + i, i % 5 == 0 ? Verdict.FAIL : Verdict.PASS)
                    .message("broken").build());
        }
        Matrix m = Matrix.of(List.of(new Matrix.Input("a", "", Report.of(Samples.run(), Samples.target(), a)),
                new Matrix.Input("b", "", Report.of(Samples.run(), new TargetInfo("other", "", null, null), b))));
        String md = MatrixMarkdown.render(m, HTML_PATH);
        assertThat(md).contains("### Scenarios whose verdicts differ (120)").contains("…and 80 more in `" + HTML_PATH + "`.");
        assertThat(md.lines().count()).isLessThan(70);
    }

    @Test
    void jsonHasACellPerColumnAndTheTargetFacts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MatrixJson.toJson(three));
        assertThat(root.get("columns")).hasSize(3);
        JsonNode remote = root.get("columns").get(2);
        assertThat(remote.get("target").get("imap").get("layout").get("delimiter").asText()).isEqualTo("/");
        assertThat(remote.get("stopped").get(0).get("protocol").asText()).isEqualTo("pop3");
        assertThat(remote.get("gate").get("passed").asBoolean()).isFalse();
        for (JsonNode s : root.get("scenarios")) {
            assertThat(s.get("cells")).hasSize(3);
        }
        assertThat(root.get("diff").isNull()).isTrue();
        JsonNode diff = new ObjectMapper().readTree(MatrixJson.toJson(twoRuns)).get("diff");
        assertThat(diff.get("newFailures").asInt()).isEqualTo(1);
    }

    @Test
    void htmlIsOneSelfContainedPageWithServerBytesAsText() {
        String html = MatrixHtml.render(three);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(count(html, "<style")).isEqualTo(1);
        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("url(").doesNotContain("@import");
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(1)).matches("#c\\d+|https://www\\.rfc-editor\\.org/rfc/rfc\\d+(#section-[0-9a-z.]+)?");
        }
        assertThat(html).doesNotContain("<b>and</b> IMAP4rev1").contains("lacks IMAP4rev2 &lt;b&gt;and&lt;/b&gt; IMAP4rev1");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void htmlHasTheFiltersTheFactsAndTheStop() {
        String html = MatrixHtml.render(three);
        assertThat(html).contains("id=\"f-differs\" checked").contains("id=\"f-bad\"")
                .contains("data-level=\"must\"").contains("data-level=\"should\"").contains("data-level=\"may\"")
                .contains("data-proto=\"imap\"").contains("data-proto=\"pop3\"")
                .contains("<option value=\"rfc9051-6.3.2\">RFC 9051 §6.3.2</option>")
                .doesNotContain("id=\"change\"");
        assertThat(html).contains("<pre class=\"greeting\">* OK IMAP4rev1 Server GreenMail v2.1.3 ready</pre>")
                .contains("<span class=\"cap\">prefix &quot;INBOX.&quot;</span>")
                .contains("<b>The POP3 suite stopped in its preflight</b>")
                .contains("Rule broken: </span>RFC 1939 3:");
        assertThat(html).as("the baselined mark, and the message on hover")
                .contains("title=\"INBOX still holds 3 messages after RENAME INBOX (baselined: INBOX rename disabled in our deployment)\">"
                        + "<span class=\"badge v-fail\">FAIL</span><span class=\"bl\" aria-label=\"baselined\">B</span>");
        String diff = MatrixHtml.render(twoRuns);
        assertThat(diff).contains("<select id=\"change\"").contains("data-change-only=\"new-failure\"><b>1</b> new failure")
                .contains("<span class=\"pill ch-fixed\">fixed</span>");
        assertThat(MatrixHtml.render(Matrix.of(List.of(new Matrix.Input(null, "", Samples.small())))))
                .as("one report: nothing to differ, so the page opens on every row").doesNotContain("id=\"f-differs\" checked");
    }

    @Test
    void theCommandReadsFilesOrDirectoriesAndWritesTheThreeFiles(@TempDir Path dir) throws Exception {
        ReportJson.write(dir.resolve("runs/dovecot/report.json"), MatrixSamples.dovecot());
        ReportJson.write(dir.resolve("embedded.json"), MatrixSamples.embedded());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MatrixCommand.Written w = MatrixCommand.run(new String[] {"--reports=runs/dovecot, embedded.json",
                "--labels=Dovecot,GreenMail", "--base=" + dir, "--out="}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(w.html()).isEqualTo(dir.resolve("target/conformance/matrix.html"));
        assertThat(w.html()).exists();
        assertThat(w.json()).exists();
        assertThat(Files.readString(w.markdown())).contains("| | Dovecot | GreenMail |")
                .contains("Full matrix: `target/conformance/matrix.html`");
        assertThat(w.matrix().columns()).extracting(Matrix.Column::source)
                .containsExactly("runs/dovecot/report.json", "embedded.json");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("mailspec matrix of 2 reports: ")
                .contains("scenarios differ -> ");
    }

    @Test
    void theCommandSaysWhatIsWrongInOneLine(@TempDir Path dir) throws Exception {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MatrixCommand.run(new String[] {"--reports=", "--base=" + dir}, out))
                .isInstanceOf(MatrixCommand.MatrixException.class).hasMessageStartingWith("no reports given; usage: mvn");
        assertThatThrownBy(() -> MatrixCommand.run(new String[] {"--reports=nope.json", "--base=" + dir}, out))
                .hasMessage("cannot merge nope.json: " + dir.resolve("nope.json") + ": no such report file");
        ReportJson.write(dir.resolve("a.json"), Samples.small());
        assertThatThrownBy(() -> MatrixCommand.run(new String[] {"--reports=a.json,a.json", "--labels=x", "--base=" + dir}, out))
                .hasMessageStartingWith("1 labels for 2 reports");
        assertThatThrownBy(() -> MatrixCommand.run(new String[] {"--report=a.json"}, out))
                .hasMessageStartingWith("unknown argument '--report=a.json'");
    }

    /** Writes the sample matrices into core/target/sample-report/ for a person or headless Chromium to look at. */
    @Test
    void rendersTheSampleMatrices() {
        Path dir = Path.of("target/sample-report");
        MatrixCommand.write(dir, three, "matrix.html");
        MatrixCommand.write(dir.resolve("diff"), twoRuns, "matrix.html");
        assertThat(dir.resolve("matrix.html")).exists();
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
