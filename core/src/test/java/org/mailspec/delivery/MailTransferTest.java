package org.mailspec.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mailspec.testing.ScriptedServer;
import org.mailspec.wire.ClientOptions;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.Transcript;

/** SMTP and LMTP delivery of a fixture against scripted servers. */
class MailTransferTest {

    private static final byte[] MESSAGE = "Subject: t\r\n\r\n.leading dot\r\nlast\r\n".getBytes(StandardCharsets.US_ASCII);

    private static ClientOptions options(Transcript t) {
        return ClientOptions.defaults().withTimeout(Duration.ofSeconds(2)).withTranscript(t);
    }

    /** Reads DATA's body up to the lone "." line and returns it as received. */
    private static byte[] readData(ScriptedServer.Session s) throws java.io.IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            byte[] line = s.readLine();
            if (new String(line, StandardCharsets.US_ASCII).equals(".\r\n")) {
                return body.toByteArray();
            }
            body.writeBytes(line);
        }
    }

    @Test
    void lmtpDeliversWithDotStuffingAndOneReplyPerRecipient() throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try (ScriptedServer server = ScriptedServer.builder()
                .line("220 lmtp ready")
                .expect("LHLO mailspec").line("250-here").line("250 PIPELINING")
                .expect("MAIL FROM:<>").line("250 2.1.0 OK")
                .expect("RCPT TO:<mailspec1>").line("250 2.1.5 OK")
                .expect("DATA").line("354 go")
                .then("read the message", s -> {
                    seen.writeBytes(readData(s));
                    s.sendLine("250 2.0.0 <mailspec1> saved");
                })
                .expect("QUIT").line("221 bye")
                .start()) {
            Delivery d = Delivery.send(MailTransfer.Protocol.LMTP, server.endpoint(), options(new Transcript()),
                    "mailspec", "mailspec1", MESSAGE);
            assertThat(d.accepted()).isTrue();
            assertThat(d.outcome()).startsWith("LMTP accepted: 250 2.0.0");
            assertThat(seen.toString(StandardCharsets.US_ASCII)).isEqualTo("Subject: t\r\n\r\n..leading dot\r\nlast\r\n");
            server.verify();
        }
    }

    @Test
    void anUnknownRecipientIsRefusedAtRcptAndNoDataIsSent() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder()
                .line("220 smtp ready")
                .expect("EHLO mailspec").line("250 hi")
                .expect("MAIL FROM:<>").line("250 OK")
                .expect("RCPT TO:<nobody@localhost>").line("550 5.1.1 no such user")
                .expect("QUIT").line("221 bye")
                .start()) {
            Delivery d = Delivery.send(MailTransfer.Protocol.SMTP, server.endpoint(), options(new Transcript()),
                    "mailspec", "nobody@localhost", MESSAGE);
            assertThat(d.accepted()).isFalse();
            assertThat(d.rcptReply()).get().extracting(SmtpReply::permanentFailure).isEqualTo(true);
            assertThat(d.outcome()).isEqualTo("SMTP: RCPT TO:<nobody@localhost> answered 550 5.1.1 no such user");
            assertThat(server.received()).noneMatch(l -> l.equals("DATA"));
        }
    }

    @Test
    void aReplyWithoutItsCodeIsAViolationWithTheBytes() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().line("hello there").start()) {
            assertThatThrownBy(() -> MailTransfer.connect(MailTransfer.Protocol.SMTP, server.endpoint(),
                    options(new Transcript())))
                    .isInstanceOf(MailTransferViolation.class).hasMessageContaining("Reply-code")
                    .hasMessageContaining("hello there");
        }
    }

    @Test
    void aSilentServerEndsInATimeoutNotAHang() throws Exception {
        try (ScriptedServer server = ScriptedServer.builder().stall().start()) {
            assertThatThrownBy(() -> MailTransfer.connect(MailTransfer.Protocol.SMTP, server.endpoint(),
                    ClientOptions.defaults().withTimeout(Duration.ofMillis(300)).withTranscript(new Transcript())))
                    .isInstanceOf(ReadTimeoutException.class);
        }
    }

    @Test
    void stuffingAddsTheEndAndTheMissingCrlf() {
        assertThat(new String(MailTransfer.stuff("a\r\n.\r\nb".getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII)).isEqualTo("a\r\n..\r\nb\r\n.\r\n");
    }
}
