package org.mailspec.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    /** A clock that advances 12 ms each time it is read. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(Duration.ofMillis(12));
            return t;
        }
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rendersOneLinePerEntryWithOffsetConnectionDirectionAndEscapedBytes() {
        Transcript t = new Transcript(new TickingClock(), 4096);
        t.received("imap#1", b("* OK [CAPABILITY IMAP4rev2] ready\r\n"));
        t.sent("imap#1", b("A001 SELECT \"caf\u00e9\"\r\n"));
        t.event("imap#1", "TLS started: TLSv1.3 TLS_AES_128_GCM_SHA256");
        t.received("imap#1", b("* 1 FETCH (BODY[] {5}\r\nhe\tlo)\n"));
        Transcript.Rendered r = t.render();
        assertThat(r.text()).isEqualTo(
                "+0.012s imap#1 S: * OK [CAPABILITY IMAP4rev2] ready\n"
                + "+0.024s imap#1 C: A001 SELECT \"caf\\xC3\\xA9\"\n"
                + "+0.036s imap#1 -- TLS started: TLSv1.3 TLS_AES_128_GCM_SHA256\n"
                + "+0.048s imap#1 S: * 1 FETCH (BODY[] {5}\\r\\nhe\\tlo)\\n\n");
        assertThat(r.markedLines()).isEmpty();
    }

    @Test
    void marksShowTheNoteAndTheirLineIndex() {
        Transcript t = new Transcript(new TickingClock(), 4096);
        t.received("imap#1", b("* OK ready\r\n"));
        t.sent("imap#1", b("A001 NOOP\r\n"));
        Transcript.Data completion = t.received("imap#1", b("A001 BAD huh\r\n"));
        t.received("pop3#1", b("+OK\r\n1 2\r\n.\r\n"));
        t.mark(completion, "expected OK");
        assertThat(t.markResponse("imap#1", b("* OK ready\r\n"), "greeting")).isTrue();
        assertThat(t.markResponse("pop3#1", b("+OK\r\n1 2\r\n.\r\n"), "the LIST reply")).isTrue();
        assertThat(t.markResponse("imap#2", b("* OK ready\r\n"), "nowhere")).isFalse();
        Transcript.Rendered r = t.render();
        assertThat(r.markedLines()).containsExactly(0, 2, 3);
        String[] lines = r.text().split("\n");
        assertThat(lines[2]).endsWith("S: A001 BAD huh   <== expected OK");
        assertThat(lines[0]).endsWith("<== greeting");
    }

    @Test
    void aLineThatStartsAMultiLineReplyCanBeMarkedFromTheWholeReply() {
        Transcript t = new Transcript();
        t.received("pop3#1", b("+OK 2 messages\r\n"));
        t.received("pop3#1", b("1 120\r\n"));
        assertThat(t.markResponse("pop3#1", b("+OK 2 messages\r\n1 120\r\n.\r\n"), "LIST")).isTrue();
        assertThat(t.render().markedLines()).containsExactly(0);
    }

    @Test
    void longEntriesAreCutAtTheCap() {
        Transcript t = new Transcript(new TickingClock(), 16);
        t.received("imap#1", b("0123456789abcdefXYZXYZXYZ\r\n"));
        assertThat(t.render().text()).isEqualTo("+0.012s imap#1 S: 0123456789abcdef…(9 more bytes)\n");
    }

    @Test
    void namesConnectionsPerProtocolAndSharesOneSequence() {
        Transcript t = new Transcript();
        assertThat(t.nextConnectionName("imap")).isEqualTo("imap#1");
        assertThat(t.nextConnectionName("pop3")).isEqualTo("pop3#1");
        assertThat(t.nextConnectionName("imap")).isEqualTo("imap#2");
        long a = t.nextSequence();
        assertThat(t.nextSequence()).isEqualTo(a + 1);
    }

    @Test
    void storedCopiesAreCopies() {
        Transcript t = new Transcript();
        byte[] bytes = b("abc");
        Transcript.Data d = t.sent("x#1", bytes);
        bytes[0] = 'z';
        d.bytes()[1] = 'z';
        assertThat(new String(t.bytes("x#1", Transcript.Direction.C), StandardCharsets.US_ASCII)).isEqualTo("abc");
    }

    @Test
    void markingAnEntryOfAnotherTranscriptIsRefused() {
        Transcript a = new Transcript();
        Transcript other = new Transcript();
        Transcript.Data d = other.sent("x#1", b("a"));
        assertThatThrownBy(() -> a.mark(d, "no")).isInstanceOf(IllegalArgumentException.class);
    }
}
