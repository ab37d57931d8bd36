package org.mailspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertThat(b.entries()).containsExactly(
                java.util.Map.entry("imap/select/select-a-missing-mailbox-answers-no", "answers BAD, tracked upstream #123"),
                java.util.Map.entry("imap/fetch/fetch-of-flags#2", "no unsolicited FETCH"));
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
    void writeListsFailAndErrorSortedById(@TempDir Path dir) {
        Path f = dir.resolve("baseline.txt");
        Baseline.write(f, Samples.smallScenarios(), "dovecot-local, run 20260301\nwritten by -Dbaseline.write");
        assertThat(read(f)).isEqualTo("""
                # dovecot-local, run 20260301
                # written by -Dbaseline.write

                imap/security/the-server-does-not-log-passwords-in-auth-debug-output  FAIL: the log holds the password of user1
                imap/select/select-a-missing-mailbox-answers-no  FAIL: expected a tagged NO, got a tagged BAD with <script>alert(1)</script>
                pop3/top/top-returns-the-header-and-n-lines  ERROR: no reply within 5 s (read timeout) on connection pop3-1
                pop3/uidl/uidl-lists-unique-ids  dovecot uses a legacy uidl format here
                """);
        Baseline back = Baseline.read(f);
        assertThat(back.size()).isEqualTo(4);
        assertThat(back.reason("pop3/uidl/uidl-lists-unique-ids")).hasValue("dovecot uses a legacy uidl format here");
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
