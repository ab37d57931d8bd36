package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the sample report into {@code core/target/sample-report/} (index.html and the rest, plus Allure
 * results) so a person, or headless Chromium, can look at it.
 */
class SampleReportTest {

    @Test
    void rendersTheSampleReport() {
        Path dir = Path.of("target/sample-report");
        Report now = Samples.realistic();
        Gate gate = BaselineCheck.apply(now.scenarios(), Baseline.parse("""
                imap/rename/rename-inbox-moves-its-messages  INBOX rename disabled in our deployment
                imap/append/append-returns-appenduid  UIDPLUS was off in 2.2
                pop3/apop/apop-is-refused  removed scenario
                """, "sample.baseline"), false);
        Report marked = now.withScenarios(gate.results());
        ReportWriter.Written w = ReportWriter.writeAll(dir, marked, Optional.of(Samples.previousOfRealistic()), false);
        AllureResults.write(dir.resolve("allure-results"), marked);
        assertThat(w.html()).exists();
        System.out.println(Summary.line(marked, w.html()));
        System.out.print(gate.text());
    }
}
