package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMarkdownTest {

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.check("report.md", ReportMarkdown.render(Samples.small(), Optional.empty(), false,
                "target/conformance/index.html"));
    }

    @Test
    void withComparisonMatchesGoldenFile() throws Exception {
        Report now = Samples.realistic();
        Golden.check("report-compared.md", ReportMarkdown.render(now,
                Optional.of(Comparison.compare(Samples.previousOfRealistic(), now)), false, "target/conformance/index.html"));
    }

    @Test
    void staysShortForABigRun() {
        List<ScenarioResult> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(Samples.S.of("imap/f" + (i % 20) + ".feature", "scenario " + i, i % 4 == 0 ? Verdict.FAIL : Verdict.PASS)
                    .message(i % 4 == 0 ? "broken " + i : "").tags(i % 8 == 0 ? "@security" : "@x").build());
        }
        String md = ReportMarkdown.render(Report.of(Samples.run(), Samples.target(), many), Optional.empty(), false, "index.html");
        assertThat(md).contains("### Not passing (100)").contains("…and 75 more in `index.html`.")
                .contains("### Security findings (50)").contains("…and 40 more in `index.html`.")
                .contains("**Build fails**: 100 failures not in the baseline.");
        assertThat(md.lines().count()).isLessThan(70);
    }

    @Test
    void messagesCannotBreakTheTable() {
        ScenarioResult s = Samples.S.of("imap/x.feature", "pipes", Verdict.FAIL)
                .message("a | b\nc `code` <img src=x onerror=alert(1)>").build();
        String md = ReportMarkdown.render(Report.of(Samples.run(), Samples.target(), List.of(s)), Optional.empty(), false, "i.html");
        assertThat(md).contains("| ❌ FAIL | `imap/x/pipes` | a \\| b c \\`code\\` &lt;img src=x onerror=alert(1)&gt; |");
    }
}
