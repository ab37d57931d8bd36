package org.mailspec.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge of several reports into one matrix. */
class MatrixTest {
    private final Matrix three = Matrix.of(MatrixSamples.threeServers());

    private static Matrix.Row row(Matrix m, String id) {
        return m.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void aColumnPerReportLabelledByItsTarget() {
        assertThat(three.columns()).extracting(Matrix.Column::label).containsExactly("dovecot-local", "embedded", "remote");
        assertThat(three.columns()).extracting(Matrix.Column::source)
                .containsExactly("runs/dovecot/report.json", "runs/embedded/report.json", "runs/remote/report.json");
        assertThat(three.diff()).as("three servers are no diff").isEmpty();
    }

    @Test
    void aScenarioPresentInOneReportOnlyIsARowThatDiffers() {
        Matrix.Row move = row(three, "imap/extensions/move-transfers-the-message");
        assertThat(move.cells().get(0)).isInstanceOf(Matrix.NotRun.class);
        assertThat(((Matrix.NotRun) move.cells().get(0)).why()).startsWith("not in this report");
        assertThat(move.cells().get(1)).isEqualTo(new Matrix.Ran(Verdict.PASS, false, null, ""));
        assertThat(move.differs()).isTrue();
        assertThat(move.failingAnywhere()).isFalse();
        Matrix.Row examine = row(three, "imap/examine/examine-reports-read-only");
        assertThat(examine.cells()).extracting(c -> c instanceof Matrix.Ran r ? r.verdict().name() : "not run")
                .containsExactly("PASS", "not run", "PASS");
        assertThat(examine.differs()).isTrue();
    }

    @Test
    void rowsWithTheSameVerdictEverywhereDoNotDiffer() {
        Matrix.Row noop = row(three, "imap/noop/noop-always-succeeds");
        assertThat(noop.differs()).isFalse();
        assertThat(three.differing()).doesNotContain(noop);
        Matrix.Row select = row(three, "imap/select/select-a-missing-mailbox-answers-no");
        assertThat(select.differs()).isTrue();
        assertThat(select.failingAnywhere()).isTrue();
    }

    @Test
    void aStoppedSuiteShowsInItsColumnAndOnItsRows() {
        Matrix.Column remote = three.columns().get(2);
        assertThat(remote.stops()).singleElement().satisfies(s -> {
            assertThat(s.protocol()).isEqualTo("pop3");
            assertThat(s.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(s.rule()).startsWith("RFC 1939 3:");
        });
        assertThat(remote.gatePassed()).isFalse();
        Matrix.Row capa = row(three, "pop3/capa/capa-lists-the-capabilities");
        assertThat(((Matrix.NotRun) capa.cells().get(2)).why())
                .isEqualTo("the POP3 suite stopped in its preflight: pop3 mail.example.org:110 (starttls): the greeting breaks rfc1939-3 at offset 0");
        Matrix.Row stop = row(three, SuiteStop.id("pop3"));
        assertThat(stop.isSuiteStop()).isTrue();
        assertThat(stop.cells()).extracting(c -> c instanceof Matrix.Ran r ? r.verdict().name() : "not run")
                .as("where the POP3 suite ran, its preflight passed").containsExactly("PASS", "PASS", "FAIL");
        assertThat(stop.differs()).isTrue();
    }

    @Test
    void differentRunIdsOfOneTargetAreTwoColumnsToldApartByRunId() {
        Matrix m = Matrix.of(MatrixSamples.twoRuns());
        assertThat(m.columns()).extracting(Matrix.Column::label)
                .containsExactly("dovecot-local · 20260228-100000-ff00", "dovecot-local · 20260301-100000-ab12");
        Matrix same = Matrix.of(List.of(new Matrix.Input(null, "a", Samples.small()), new Matrix.Input(null, "b", Samples.small())));
        assertThat(same.columns()).extracting(Matrix.Column::label)
                .containsExactly("dovecot-local · 20260301-100000-ab12 #1", "dovecot-local · 20260301-100000-ab12 #2");
        Matrix labelled = Matrix.of(List.of(new Matrix.Input("before", "a", Samples.previousOfRealistic()),
                new Matrix.Input(" after ", "b", Samples.realistic())));
        assertThat(labelled.columns()).extracting(Matrix.Column::label).containsExactly("before", "after");
    }

    @Test
    void twoRunsOfOneServerAreADiff() {
        Matrix m = Matrix.of(MatrixSamples.twoRuns());
        assertThat(m.diff()).isPresent();
        Comparison c = m.diff().get().comparison();
        assertThat(c.newFailures()).extracting(ScenarioResult::id).containsExactly("pop3/list/list-of-a-deleted-message-is-an-error");
        assertThat(row(m, "pop3/list/list-of-a-deleted-message-is-an-error").change()).contains(Matrix.Change.NEW_FAILURE);
        assertThat(row(m, "imap/append/append-returns-appenduid").change()).contains(Matrix.Change.FIXED);
        assertThat(row(m, "pop3/quit/quit-in-transaction-removes-deleted-messages").change()).contains(Matrix.Change.ADDED);
        assertThat(row(m, "imap/check/check-is-answered-ok").change()).contains(Matrix.Change.REMOVED);
        assertThat(row(m, "imap/noop/noop-always-succeeds").change()).isEmpty();
        assertThat(m.rows().stream().filter(r -> r.change().isPresent()).count()).isEqualTo(4);
        assertThat(m.differing()).hasSize(4);
    }

    @Test
    void sameServerMeansSameTargetAndHosts() {
        assertThat(Matrix.sameServer(MatrixSamples.dovecot(), Samples.previousOfRealistic())).isTrue();
        assertThat(Matrix.sameServer(MatrixSamples.dovecot(), MatrixSamples.embedded())).isFalse();
        Report otherHost = Report.of(Samples.run(), new TargetInfo("dovecot-local", "",
                new EndpointInfo("10.0.0.9", 143, "none", "", List.of()), null), List.of());
        assertThat(Matrix.sameServer(MatrixSamples.dovecot(), otherHost)).isFalse();
        assertThat(Matrix.of(List.of(new Matrix.Input(null, "", MatrixSamples.dovecot()),
                new Matrix.Input(null, "", MatrixSamples.embedded()))).diff()).isEmpty();
    }

    @Test
    void rowsAreGroupedByCommandThenRfcSectionWithEachReportsCounts() {
        List<Matrix.Group> groups = three.groups();
        assertThat(groups.get(0).key()).isEqualTo("imap CAPABILITY");
        Matrix.Group select = groups.stream().filter(g -> g.key().equals("imap SELECT")).findFirst().orElseThrow();
        assertThat(select.sections()).extracting(s -> s.section().map(RfcSection::key).orElse(""))
                .containsExactly("rfc9051-6.3.2");
        assertThat(select.perColumn().get(0).get(Verdict.FAIL)).isEqualTo(1);
        assertThat(select.perColumn().get(1).get(Verdict.FAIL)).isZero();
        Matrix.Group preflight = groups.get(groups.size() - 1);
        assertThat(preflight.key()).isEqualTo("pop3 PREFLIGHT");
        assertThat(preflight.perColumn().get(0).values()).allMatch(n -> n == 0);
        assertThat(three.rows()).extracting(Matrix.Row::id).doesNotHaveDuplicates();
        assertThat(three.rows()).hasSize(Samples.realistic().scenarios().size() + 2);
    }

    @Test
    void oneReportIsAMatrixOfOneColumnWithNothingDiffering() {
        Matrix one = Matrix.of(List.of(new Matrix.Input(null, "", Samples.small())));
        assertThat(one.differing()).isEmpty();
        assertThat(one.diff()).isEmpty();
        assertThatThrownBy(() -> Matrix.of(List.of())).hasMessageContaining("at least one report");
    }

    @Test
    void aSuiteStopIsNeverBaselined() {
        ScenarioResult stop = SuiteStop.couldNotRun("imap", "imap 127.0.0.1:1 (none): cannot connect", "", 0);
        Gate g = BaselineCheck.apply(List.of(stop), Baseline.parse(SuiteStop.id("imap") + "  we know\n", "b"), false);
        assertThat(g.passed()).isFalse();
        assertThat(g.newFailures()).extracting(ScenarioResult::id).containsExactly("imap/preflight/the-preflight-passes");
        assertThat(SuiteStop.of(stop)).contains(new SuiteStop("imap", Verdict.ERROR, "imap 127.0.0.1:1 (none): cannot connect", null));
        assertThat(SuiteStop.of(Samples.smallScenarios().get(0))).isEqualTo(Optional.empty());
    }
}
