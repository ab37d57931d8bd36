package org.mailspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    @Test
    void readsEntriesSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dovecot.baseline");
        Files.writeString(f, """
                \uFEFF# dovecot 2.3.19
                   # indented comment

                imap/select/select-a-missing-mailbox-answers-no   answers BAD, tracked upstream #123
                imap/fetch/fetch-of-flags#2\tno unsolicited FETCH\r
                """, StandardCharsets.UTF_8);
        Baseline b = Baseline.read(f);
        assertThat(b.entries().keySet()).containsExactly("imap/select/select-a-missing-mailbox-answers-no",
                "imap/fetch/fetch-of-flags#2");
        assertThat(b.reason("imap/select/select-a-missing-mailbox-answers-no")).hasValue("answers BAD, tracked upstream #123");
        assertThat(b.reason("imap/fetch/fetch-of-flags#2")).hasValue("no unsolicited FETCH");
        assertThat(b.coarseIds()).hasSize(2);
        assertThat(b.contains("imap/fetch/fetch-of-flags#2")).isTrue();
        assertThat(b.reason("nope")).isEmpty();
    }

    @Test
    void anEntryWithoutReasonIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> Baseline.parse("# header\nimap/select/a  why\nimap/select/b\n", "b.txt"))
                .isInstanceOf(BaselineException.class)
                .hasMessage("b.txt:3: 'imap/select/b' has no reason; write the id, a space, and why the server is known to fail it");
    }

    @Test
    void anIdListedTwiceIsAnError() {
        assertThatThrownBy(() -> Baseline.parse("imap/select/a  one\n\nimap/select/a  two\n", "b.txt"))
                .hasMessage("b.txt:3: 'imap/select/a' is already listed on line 1; each scenario appears once");
    }

    @Test
    void aTagOrAWordIsNotAnId() {
        assertThatThrownBy(() -> Baseline.parse("@security known\n", "b.txt"))
                .hasMessageStartingWith("b.txt:1: '@security' is a tag; a baseline lists scenario ids");
        assertThatThrownBy(() -> Baseline.parse("select-inbox known\n", "b.txt"))
                .hasMessageStartingWith("b.txt:1: 'select-inbox' is not a scenario id; expected <protocol>/<feature>/");
    }

    @Test
    void missingFileAndBadEncodingAreClear(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.txt")))
                .isInstanceOf(BaselineException.class).hasMessageEndingWith("none.txt: no such baseline file");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "imap/a/b  caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Baseline.read(latin1)).hasMessageContaining("latin1.txt: not UTF-8 text");
    }

    @Test
    void writeListsFailAndErrorSortedByIdInTheExactForm(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("baseline.txt");
        Baseline.write(f, Samples.smallScenarios(), "dovecot-local, run 20260301\nwritten by -Dbaseline.write");
        Golden.check("baseline.txt", read(f));
        Baseline back = Baseline.read(f);
        assertThat(back.size()).isEqualTo(4);
        assertThat(back.coarseIds()).isEmpty();
        assertThat(back.coarseWarning()).isEmpty();
        assertThat(back.reason("pop3/uidl/uidl-lists-unique-ids")).hasValue("dovecot uses a legacy uidl format here");
        assertThat(back.entry("pop3/top/top-returns-the-header-and-n-lines").orElseThrow().failure())
                .contains(new BaselineFailure(Verdict.ERROR, "When the client sends \"TOP 1 2\"",
                        "no reply within 5 s (read timeout) on connection pop3-1", null));
    }

    @Test
    void whatTheWriterWritesCoversTheFailuresItWasWrittenFrom() {
        List<ScenarioResult> all = new ArrayList<>(Samples.smallScenarios());
        all.addAll(Samples.realistic().scenarios().stream().filter(s -> !s.id().startsWith("imap/select/")
                && !s.id().startsWith("pop3/uidl/") && !s.id().startsWith("pop3/user/")).toList());
        ScenarioResult hostile = Samples.S.of("imap/x.feature", "control bytes", Verdict.FAIL)
                .message("NUL \u0000 and CR \r in the rule (expected a\tb\u0001; got c)")
                .failed("Then  the\nserver  answers", "a\tb\u0001", "c").build();
        all.add(hostile);
        Gate gate = BaselineCheck.apply(all, Baseline.parse(Baseline.render(all, "", false), "written"), false);
        assertThat(gate.passed()).isTrue();
        assertThat(gate.mismatched()).isEmpty();
        assertThat(gate.knownFailures()).hasSize((int) all.stream().filter(s -> s.isFailing(false)).count());
    }

    @Test
    void runUniqueValuesAreWrittenAsTheRunPlaceholderAndComparedWithoutTheirDigits() {
        String runId = "20260301T101500";
        ScenarioResult today = Samples.S.of("imap/create.feature", "CREATE makes the parents", Verdict.WARN).level("should")
                .message("LIST does not show mailspec-20260301T101500-17-a (expected * LIST (...) \"/\" mailspec-20260301T101500-17-a; got nothing)")
                .failed("Then LIST shows the mailbox \"a\"", "* LIST (...) \"/\" mailspec-20260301T101500-17-a", "nothing").build();
        String text = Baseline.render(List.of(today), "", true, runId);
        assertThat(text).contains("    expected: * LIST (...) \"/\" mailspec-{run}-17-a\n").doesNotContain(runId);
        ScenarioResult tomorrow = Samples.S.of("imap/create.feature", "CREATE makes the parents", Verdict.WARN).level("should")
                .message("LIST does not show mailspec-20260302T090000-4-a (expected * LIST (...) \"/\" mailspec-20260302T090000-4-a; got nothing)")
                .failed("Then LIST shows the mailbox \"a\"", "* LIST (...) \"/\" mailspec-20260302T090000-4-a", "nothing").build();
        Gate g = BaselineCheck.apply(List.of(tomorrow), Baseline.parse(text, "b"), true, "20260302T090000");
        assertThat(g.passed()).isTrue();
        assertThat(g.knownFailures()).hasSize(1);
    }

    @Test
    void exactEntriesAreCheckedAsTheyAreRead() {
        assertThatThrownBy(() -> Baseline.parse("imap/a/b  why\n    step: Then x\n    rule: r\n", "b.txt"))
                .hasMessage("b.txt:1: 'imap/a/b': an exact entry needs a 'verdict:' line (FAIL, WARN or ERROR)");
        assertThatThrownBy(() -> Baseline.parse("imap/a/b  why\n    verdict: PASS\n    rule: r\n", "b.txt"))
                .hasMessage("b.txt:1: 'imap/a/b': verdict must be FAIL, WARN or ERROR, got 'PASS'");
        assertThatThrownBy(() -> Baseline.parse("imap/a/b  why\n    verdict: ERROR\n    rule: r\n", "b.txt"))
                .hasMessageContaining("an ERROR says what went wrong in 'error:'");
        assertThatThrownBy(() -> Baseline.parse("imap/a/b  why\n    verdict: FAIL\n", "b.txt"))
                .hasMessageContaining("needs a 'rule:' line");
        assertThatThrownBy(() -> Baseline.parse("    verdict: FAIL\nimap/a/b  why\n", "b.txt"))
                .hasMessage("b.txt:1: 'verdict:' belongs under a scenario id line");
        assertThatThrownBy(() -> Baseline.parse("imap/a/b  why\n  verdict: FAIL\n  rule: r\n  rule: s\n", "b.txt"))
                .hasMessage("b.txt:4: 'rule:' is given twice for 'imap/a/b'");
        Baseline b = Baseline.parse("imap/a/b  why\n  verdict: FAIL\n  rule: r\n  imap/a/c  an indented coarse entry\n", "b.txt");
        assertThat(b.entries().keySet()).containsExactly("imap/a/b", "imap/a/c");
        assertThat(b.coarseIds()).containsExactly("imap/a/c");
        assertThat(b.coarseWarning()).hasValue("1 baseline entry names only the scenario (of 2), not what failed: any FAIL "
                + "of it passes the gate, even a different one. Write the exact form with -Dbaseline.write=FILE.");
    }

    @Test
    void theShippedBaselinesLoadAndAreExact() {
        for (String name : List.of("dovecot", "embedded", "dovecot-misconfigured", "dovecot-inbox-prefix", "dovecot-slash")) {
            Path f = Path.of("../containers/baselines/" + name + ".txt");
            Baseline b = Baseline.read(f);
            assertThat(b.size()).as(name).isPositive();
        }
        // re-derived in the exact form: every entry says what failed, so a different failure is new
        for (String name : List.of("dovecot", "embedded", "embedded-smtp", "dovecot-misconfigured", "dovecot-inbox-prefix",
                "dovecot-slash")) {
            assertThat(Baseline.read(Path.of("../containers/baselines/" + name + ".txt")).coarseWarning()).as(name).isEmpty();
        }
    }

    @Test
    void strictWriteListsWarnToo() {
        String text = Baseline.render(Samples.smallScenarios(), "", true);
        assertThat(text).contains("imap/fetch/fetch-of-flags-on-a-message-in-the-example-row#2  WARN: no unsolicited FETCH FLAGS after STORE\n");
        assertThat(text).doesNotContain("idle").doesNotContain("select-inbox-reports-read-write");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
