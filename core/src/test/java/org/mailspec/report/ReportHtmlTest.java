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
        assertThat(html).contains("<span class=\"ln c\"><i>1</i>C: a1 SELECT &quot;no-such-box-7f3a&quot;</span>\n"
                + "<span class=\"ln s mark\"><i>2</i>S: a1 BAD &lt;script&gt;alert(1)&lt;/script&gt;</span>");
        assertThat(count(html, " mark\"")).isEqualTo(3);
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
