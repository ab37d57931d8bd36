package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrices of the report model: commands by verdict, RFC sections by verdict. */
class CoverageTest {
    private final Coverage small = Coverage.of(Samples.small());

    @Test
    void aRowPerCommandInScenarioOrderWithEveryVerdictCounted() {
        assertThat(small.commands()).extracting(Coverage.Row::key)
                .containsExactly("imap SELECT", "imap FETCH", "imap IDLE", "pop3 TOP", "pop3 UIDL", "pop3 USER", "imap security");
        Coverage.CommandRow select = small.commands().get(0);
        assertThat(select.label()).isEqualTo("IMAP SELECT");
        assertThat(select.protocolLabel()).isEqualTo("IMAP");
        assertThat(select.counts()).containsOnlyKeys(Verdict.values());
        assertThat(select.count(Verdict.PASS)).isEqualTo(1);
        assertThat(select.count(Verdict.FAIL)).isEqualTo(1);
        assertThat(select.count(Verdict.ERROR)).isZero();
        assertThat(select.total()).isEqualTo(2);
        assertThat(select.scenarioIds()).containsExactly("imap/select/select-inbox-reports-read-write",
                "imap/select/select-a-missing-mailbox-answers-no");
    }

    @Test
    void aRowPerRfcSectionInNumericOrder() {
        assertThat(small.sections()).extracting(Coverage.Row::key)
                .containsExactly("rfc1939-7", "rfc2177-3", "rfc9051-6.3.2", "rfc9051-6.4.5", "rfc9051-11.1");
        Coverage.SectionRow pop3 = small.sections().get(0);
        assertThat(pop3.label()).isEqualTo("RFC 1939 §7");
        assertThat(pop3.section().url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc1939#section-7");
        assertThat(pop3.count(Verdict.ERROR)).isEqualTo(1);
        assertThat(pop3.count(Verdict.FAIL)).isEqualTo(1);
        assertThat(pop3.count(Verdict.PASS)).isEqualTo(1);
        assertThat(pop3.total()).isEqualTo(3);
    }

    @Test
    void aScenarioCountsInEachSectionItNamesOnce() {
        ScenarioResult twoSections = Samples.S.of("imap/append.feature", "APPEND returns APPENDUID", Verdict.FAIL)
                .rfc("rfc9051-6.3.12", "rfc4315-3", "rfc9051-6.3.12").build();
        Coverage c = Coverage.of(List.of(twoSections));
        assertThat(c.commands()).hasSize(1);
        assertThat(c.commands().get(0).total()).isEqualTo(1);
        assertThat(c.sections()).extracting(Coverage.Row::key).containsExactly("rfc4315-3", "rfc9051-6.3.12");
        assertThat(c.sections()).allSatisfy(r -> {
            assertThat(r.count(Verdict.FAIL)).isEqualTo(1);
            assertThat(r.scenarioIds()).containsExactly(twoSections.id());
        });
    }

    @Test
    void anEmptyRunHasEmptyMatrices() {
        Coverage c = Coverage.of(List.of());
        assertThat(c.commands()).isEmpty();
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void rowsAreImmutableAndRefuseNegativeCounts() {
        Coverage.CommandRow row = small.commands().get(0);
        assertThatThrownBy(() -> row.counts().put(Verdict.PASS, 9)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Coverage.CommandRow("imap", "X", java.util.Map.of(Verdict.FAIL, -1), List.of()))
                .hasMessageContaining("negative");
    }

    @Test
    void pageAssetsAreInlinableAndCached() {
        String css = PageAssets.css("report.css");
        assertThat(css).contains(":root{").endsWith("\n").doesNotContainIgnoringCase("</style");
        assertThat(PageAssets.script("report.js")).contains("\"use strict\"").doesNotContainIgnoringCase("</script");
        assertThat(PageAssets.css("report.css")).isSameAs(css);
        assertThatThrownBy(() -> PageAssets.css("no-such.css")).hasMessageContaining("missing from the classpath");
        assertThatThrownBy(() -> PageAssets.script("breaks-out.js")).hasMessageContaining("would end its element");
    }
}
