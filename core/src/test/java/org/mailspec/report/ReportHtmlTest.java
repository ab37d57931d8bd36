package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {
    private final String html = ReportHtml.render(Samples.small(), Optional.empty(), false);

    @Test
    void matchesGoldenFiles() throws Exception {
        Golden.check("index.html", html);
        Report now = Samples.realistic();
        Golden.check("index-compared.html", ReportHtml.render(now,
                Optional.of(Comparison.compare(Samples.previousOfRealistic(), now)), true));
    }

    @Test
    void isOneSelfContainedPage() {
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(count(html, "<style")).isEqualTo(1);
        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("url(").doesNotContain("@import");
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(1)).as("links go to anchors or to the RFC text only")
                    .matches("#s\\d+|https://www\\.rfc-editor\\.org/rfc/rfc\\d+(#section-[0-9a-z.]+)?");
        }
    }

    @Test
    void serverBytesRenderAsText() {
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("S: a1 BAD &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("got a tagged BAD with &lt;script&gt;alert(1)&lt;/script&gt;");
        ScenarioResult s = Samples.S.of("imap/x.feature", "quotes", Verdict.FAIL)
                .message("\" onmouseover=\"alert(1)").transcript("S: '\"><img src=x onerror=alert(1)>\u0000\n", 0).build();
        String h = ReportHtml.render(Report.of(Samples.run(), Samples.target(), List.of(s)), Optional.empty(), false);
        assertThat(h).doesNotContain("<img").doesNotContain("\" onmouseover=\"")
                .contains("S: &#39;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\\x00");
    }

    @Test
    void transcriptMarksTheLinesGiven() {
        assertThat(html).contains("<span class=\"ln c\"><i>1</i>C: a1 SELECT &quot;no-such-box-7f3a&quot;\n</span>"
                + "<span class=\"ln s mark\"><i>2</i>S: a1 BAD &lt;script&gt;alert(1)&lt;/script&gt;\n</span>");
        assertThat(count(html, " mark\"")).isEqualTo(3);
    }

    @Test
    void newFailuresAreListedFirst() {
        String section = between(html, "<section id=\"attention\">", "</section>");
        assertThat(section).contains("Failing the build <span class=\"count\">3</span>")
                .contains("imap/select/select-a-missing-mailbox-answers-no")
                .doesNotContain("pop3/uidl/uidl-lists-unique-ids");
    }

    @Test
    void hasBothMatrices() {
        assertThat(html).contains("<caption>Commands × verdicts</caption>").contains("<caption>RFC sections × verdicts</caption>");
        assertThat(html).contains("<tr data-facet=\"cmd\" data-value=\"imap SELECT\" data-label=\"IMAP SELECT\" tabindex=\"0\">"
                + "<th><span class=\"proto\">IMAP</span> SELECT</th><td class=\"n hit v-pass\">1</td><td class=\"n hit v-fail\">1</td>");
        assertThat(html).contains("data-value=\"rfc1939-7\" data-label=\"RFC 1939 §7\"");
        int rfc1939 = html.indexOf("data-value=\"rfc1939-7\"");
        int rfc9051 = html.indexOf("data-value=\"rfc9051-6.3.2\"");
        assertThat(rfc1939).as("RFC rows in numeric order").isLessThan(rfc9051);
    }

    @Test
    void securitySectionShowsCauseAndFix() {
        String section = between(html, "<section id=\"security\">", "</section>");
        assertThat(section).contains("Security findings <span class=\"count\">1</span>")
                .contains("The server does not log passwords in auth debug output")
                .contains("<dt>Cause</dt><dd>auth_debug_passwords = yes writes every password to the log.</dd>")
                .contains("<dt>Fix</dt><dd>set auth_debug_passwords = no in conf.d/10-logging.conf.</dd>");
    }

    @Test
    void failureDetailsAreShown() {
        assertThat(html).contains("<div class=\"label\">Failed step</div><pre class=\"step\">Then the server answers NO</pre>")
                .contains("<pre class=\"expected\">a1 NO [NONEXISTENT] ...</pre>")
                .contains("<pre class=\"actual\">a1 BAD &lt;script&gt;alert(1)&lt;/script&gt;\\r\\n</pre>")
                .contains("<blockquote>If the mailbox does not exist, the server MUST return a tagged NO.</blockquote>");
    }

    @Test
    void baselinedAndFixedAreCalledOut() {
        String section = between(html, "<section id=\"baseline\">", "</section>");
        assertThat(section).contains("Fixed: 1 baselined scenario now passes.")
                .contains("pop3/user/user-then-pass-logs-in")
                .contains("dovecot uses a legacy uidl format here");
        assertThat(html).contains("<span class=\"pill fixedp\">fixed</span>").contains("<span class=\"pill baselined\">baselined</span>");
    }

    @Test
    void comparisonOnlyWhenGiven() {
        assertThat(html).doesNotContain("id=\"comparison\"");
        String withC = ReportHtml.render(Samples.realistic(),
                Optional.of(Comparison.compare(Samples.previousOfRealistic(), Samples.realistic())), false);
        String section = between(withC, "<section id=\"comparison\">", "</section>");
        assertThat(section).contains("20260228-100000-ff00").contains("<b>1</b> new failures")
                .contains("pop3/list/list-of-a-deleted-message-is-an-error").contains("imap/check/check-is-answered-ok");
    }

    @Test
    void filtersCoverTagsAndVerdicts() {
        assertThat(html).contains("<option value=\"@security\">@security (1)</option>")
                .contains("data-vf=\"ERROR\"")
                .contains("data-tags=\"@imap @rfc2177-3 @must @cap-IDLE\"");
    }

    @Test
    void newFailuresOpenWhenFew() {
        assertThat(count(html, "<details")).isEqualTo(8);
        assertThat(count(html, "\" open>")).isEqualTo(3);
    }

    @Test
    void rendersAnEmptyRunWithoutEndpoints() {
        Report empty = Report.of(Samples.run(), new TargetInfo("embedded", "", null, null), List.of());
        String h = ReportHtml.render(empty, Optional.empty(), true);
        assertThat(h).contains("✓ Build passes").contains("No @security scenario ran.")
                .contains("No scenario names an RFC section.").doesNotContain("id=\"attention\"");
        assertThat(ReportMarkdown.render(empty, Optional.empty(), true, "index.html")).contains("**Build passes**");
        assertThat(JUnitXml.render(empty, true)).contains("<testsuites name=\"mailspec\" tests=\"0\" failures=\"0\"");
    }

    /** Figures for the report: how big and how slow a large run's page is. */
    @Test
    void scalesToALargeRun() {
        List<ScenarioResult> many = new java.util.ArrayList<>();
        StringBuilder tx = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            tx.append(i % 2 == 0 ? "C: a" + i + " NOOP\n" : "S: a" + (i - 1) + " OK NOOP completed (0.001 + 0.000 secs).\n");
        }
        for (int i = 0; i < 2000; i++) {
            Verdict v = i % 50 == 0 ? Verdict.FAIL : i % 70 == 0 ? Verdict.WARN : Verdict.PASS;
            many.add(Samples.S.of("imap/f" + (i % 60) + ".feature", "scenario number " + i, v)
                    .rfc("rfc9051-6." + (i % 4) + "." + (i % 13)).message(v == Verdict.PASS ? "" : "broken " + i)
                    .transcript(tx.toString(), 3).build());
        }
        Report big = Report.of(Samples.run(), Samples.target(), many);
        ReportHtml.render(big, Optional.empty(), false);
        long t0 = System.nanoTime();
        String h = ReportHtml.render(big, Optional.empty(), false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("2000 scenarios x 20-line transcripts: index.html %d KiB, rendered in %d ms (warm)%n", h.length() / 1024, ms);
        assertThat(count(h, "<details")).isEqualTo(2000);
        assertThat(count(h, "\" open>")).as("too many failures to open them all").isZero();
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertThat(a).as("contains %s", from).isGreaterThanOrEqualTo(0);
        return s.substring(a, s.indexOf(to, a));
    }
}
