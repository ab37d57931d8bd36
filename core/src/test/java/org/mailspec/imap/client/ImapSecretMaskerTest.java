package org.mailspec.imap.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailspec.imap.ImapSecretMasker;

class ImapSecretMaskerTest {

    private static String mask(ImapSecretMasker m, String... writes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String w : writes) {
            out.writeBytes(m.maskClient(w.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** CSV cannot hold a line break: cases write it as the four characters \\r\\n. */
    private static String crlf(String s) {
        return s.replace("\\r\\n", "\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A1 LOGIN alice s3cret\\r\\n|A1 LOGIN alice ***\\r\\n",
        "a1 login alice s3cret\\r\\n|a1 login alice ***\\r\\n",
        "A1 LOGIN \"alice\" \"s3 \\\"cret\"\\r\\n|A1 LOGIN \"alice\" \"***\"\\r\\n",
        "A1 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\\r\\n|A1 AUTHENTICATE PLAIN ***\\r\\n",
        "A1 SELECT s3cret\\r\\n|A1 SELECT s3cret\\r\\n",
        "A1 LOGIN alice {6+}\\r\\ns3cret\\r\\n|A1 LOGIN alice {6+}\\r\\n***\\r\\n",
        "A1 LOGIN alice\\r\\n|A1 LOGIN alice\\r\\n",
    })
    void masksTheSecretArgument(String sent, String recorded) {
        assertThat(mask(new ImapSecretMasker(), crlf(sent))).isEqualTo(crlf(recorded));
    }

    @Test
    void masksAPasswordLiteralAcrossWritesAndKeepsItsCount() {
        ImapSecretMasker m = new ImapSecretMasker();
        assertThat(mask(m, "A1 LOGIN {5}\r\n")).isEqualTo("A1 LOGIN {5}\r\n");
        assertThat(mask(m, "alice {6}\r\n")).isEqualTo("alice {6}\r\n");
        assertThat(mask(m, "s3c", "ret\r\n")).isEqualTo("***\r\n");
        assertThat(mask(m, "A2 NOOP\r\n")).isEqualTo("A2 NOOP\r\n");
    }

    @Test
    void aSecretSplitAcrossWritesIsHeldUntilItEnds() {
        ImapSecretMasker m = new ImapSecretMasker();
        assertThat(mask(m, "A1 LOGIN alice s3")).isEqualTo("A1 LOGIN alice ");
        assertThat(mask(m, "cret\r\n")).isEqualTo("***\r\n");
    }

    @Test
    void whatWasHeldIsMaskedOnFlush() {
        ImapSecretMasker m = new ImapSecretMasker();
        mask(m, "A1 LOGIN alice s3");
        assertThat(new String(m.flush(), StandardCharsets.US_ASCII)).isEqualTo("***");
    }

    @Test
    void literalContentOfOtherCommandsIsNeitherMaskedNorReadAsCommands() {
        ImapSecretMasker m = new ImapSecretMasker();
        String message = "A9 LOGIN eve secret\r\n";
        assertThat(mask(m, "A1 APPEND INBOX {" + message.length() + "+}\r\n" + message + "\r\n"))
                .isEqualTo("A1 APPEND INBOX {" + message.length() + "+}\r\n" + message + "\r\n");
    }

    @Test
    void saslLinesAreMaskedUntilTheTaggedCompletion() {
        ImapSecretMasker m = new ImapSecretMasker();
        assertThat(mask(m, "A1 AUTHENTICATE DIGEST-MD5\r\n")).isEqualTo("A1 AUTHENTICATE DIGEST-MD5\r\n");
        m.observeServer("+ bm9uY2U=\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "dXNlcm5hbWU9ImNocmlzIg==\r\n")).isEqualTo("***\r\n");
        m.observeServer("+ cnNwYXV0aA==\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "\r\n")).isEqualTo("\r\n");
        m.observeServer("A1 OK done\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "A2 NOOP\r\n")).isEqualTo("A2 NOOP\r\n");
    }
}
