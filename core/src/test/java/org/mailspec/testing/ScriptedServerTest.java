package org.mailspec.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ScriptedServerTest {

    /** A bare client: writes lines, reads until a count of bytes or the end. */
    private static final class Peer implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Peer(ScriptedServer server) throws Exception {
            socket = new Socket(server.host(), server.port());
            socket.setSoTimeout(5000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void write(String s) throws Exception {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        String read(int n) throws Exception {
            return new String(in.readNBytes(n), StandardCharsets.ISO_8859_1);
        }

        String readAll() throws Exception {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    @Test
    void playsTheScriptWithCapturedGroupsAndLeavesLiteralBracesAlone() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .line("* OK hi")
                .expect(ScriptedServer.TAG + " FETCH (?<n>\\d+) BODY\\[\\]")
                .reply("* {n} FETCH (BODY[] {3}\r\nabc)\r\n{tag} OK done\r\n")
                .close()
                .start();
             Peer p = new Peer(server)) {
            p.write("x7 fetch 12 BODY[]\r\n");
            assertThat(p.readAll()).isEqualTo("* OK hi\r\n* 12 FETCH (BODY[] {3}\r\nabc)\r\nx7 OK done\r\n");
            server.verify();
            assertThat(server.received()).containsExactly("x7 fetch 12 BODY[]");
        }
    }

    @Test
    void aMismatchClosesTheConnectionAndFailsVerify() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().expect("A1 LOGIN .*").line("A1 OK").start();
             Peer p = new Peer(server)) {
            p.write("A1 NOOP\r\n");
            assertThat(p.readAll()).isEmpty();
            assertThatThrownBy(server::verify).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("connection 0, step 1: expected a line matching /A1 LOGIN .*/, got \"A1 NOOP\\r\\n\"");
        }
    }

    @Test
    void verifyFailsWhenNobodyConnectedOrTheScriptStoppedEarly() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("hello").start()) {
            assertThatThrownBy(server::verify).hasMessageContaining("no client connected");
        }
        try (ScriptedServer server = ScriptedServer.builder().line("hello").expect("one").expect("two").start()) {
            try (Peer p = new Peer(server)) {
                p.write("one\r\n");
                p.read(7);
            }
            assertThat(server.awaitScriptDone(1, Duration.ofSeconds(5))).isTrue();
            assertThatThrownBy(server::verify).hasMessageContaining("expected a line matching /two/, the client closed");
        }
    }

    @Test
    void rulesServeAMostlyCorrectServerAndRecordWhatNoRuleMatches() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .line("* OK rules")
                .onCommand(ScriptedServer.TAG + " NOOP", s -> s.replyLine("{tag} OK noop"))
                .onCommand(ScriptedServer.TAG + " APPEND \\S+ \\{\\d+\\+?\\}", s -> {
                    byte[] literal = s.readLiteral("+ go\r\n");
                    s.readLine();
                    s.replyLine("{tag} OK got " + literal.length);
                })
                .start();
             Peer p = new Peer(server)) {
            assertThat(p.read(12)).isEqualTo("* OK rules\r\n");
            p.write("a NOOP\r\n");
            assertThat(p.read(11)).isEqualTo("a OK noop\r\n");
            p.write("b APPEND INBOX {4}\r\n");
            assertThat(p.read(6)).isEqualTo("+ go\r\n");
            p.write("abcd\r\n");
            assertThat(p.read(12)).isEqualTo("b OK got 4\r\n");
            p.write("c BOGUS\r\n");
            p.write("d NOOP\r\n");
            assertThat(p.read(11)).isEqualTo("d OK noop\r\n");
            assertThat(server.failures()).containsExactly("connection 0: no rule matches \"c BOGUS\\r\\n\"");
        }
    }

    @Test
    void everyConnectionPlaysTheScriptAndCloseLeavesNoThread() throws Exception {
        ScriptedServer server = ScriptedServer.builder().line("hello").stall().start();
        int port = server.port();
        try (Peer a = new Peer(server); Peer b = new Peer(server)) {
            assertThat(a.read(7)).isEqualTo("hello\r\n");
            assertThat(b.read(7)).isEqualTo("hello\r\n");
            assertThat(server.connectionCount()).isEqualTo(2);
            server.close();
            assertThat(a.readAll()).isEmpty();
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("scripted-server-" + port) || t.getName().equals("scripted-server-accept-" + port));
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void expectClosedAndUnscriptedLines() throws Exception {
        try (ScriptedServer closing = ScriptedServer.builder().expect("QUIT").expectClosed().start();
             ScriptedServer open = ScriptedServer.builder().line("hi").start()) {
            try (Peer p = new Peer(closing)) {
                p.write("QUIT\r\n");
            }
            assertThat(closing.awaitScriptDone(1, Duration.ofSeconds(5))).isTrue();
            closing.verify();
            try (Peer p = new Peer(open)) {
                p.read(4);
                p.write("extra line\r\n");
            }
            assertThat(open.awaitConnectionEnd(0, Duration.ofSeconds(5))).isTrue();
            assertThat(open.unscripted()).containsExactly("extra line");
        }
    }
}
