package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pop3SecretMaskerTest {

    private static String mask(Pop3SecretMasker m, String sent) {
        return new String(m.maskClient(sent.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    /** CSV cannot hold a line break: cases write it as the four characters \\r\\n. */
    private static String crlf(String s) {
        return s.replace("\\r\\n", "\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PASS s3cret with spaces\\r\\n|PASS ***\\r\\n",
        "pass s3cret\\r\\n|pass ***\\r\\n",
        "APOP mrose c4c9334bac560ecc979e58001b3e22fb\\r\\n|APOP mrose ***\\r\\n",
        "USER mrose\\r\\n|USER mrose\\r\\n",
        "AUTH PLAIN AG1yb3NlAHMzY3JldA==\\r\\n|AUTH PLAIN ***\\r\\n",
        "AUTH\\r\\n|AUTH\\r\\n",
    })
    void masksTheSecretArgument(String sent, String recorded) {
        assertThat(mask(new Pop3SecretMasker(), crlf(sent))).isEqualTo(crlf(recorded));
    }

    @Test
    void holdsAPartialLineAndMasksTheSaslExchangeUntilTheFinalReply() {
        Pop3SecretMasker m = new Pop3SecretMasker();
        assertThat(mask(m, "PA")).isEmpty();
        assertThat(mask(m, "SS x\r\n")).isEqualTo("PASS ***\r\n");
        assertThat(mask(m, "AUTH PLAIN\r\n")).isEqualTo("AUTH PLAIN\r\n");
        m.observeServer("+ \r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "AG1yb3NlAHMzY3JldA==\r\n")).isEqualTo("***\r\n");
        m.observeServer("+OK welcome\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "STAT\r\n")).isEqualTo("STAT\r\n");
        mask(m, "PASS half");
        assertThat(new String(m.flush(), StandardCharsets.US_ASCII)).isEqualTo("PASS ***");
    }

    /** RFC 5034 section 4: a line with a single "*" cancels the exchange; it carries no secret. */
    @Test
    void theCancelOfAnAuthExchangeIsShown() {
        Pop3SecretMasker m = new Pop3SecretMasker();
        assertThat(mask(m, "AUTH PLAIN\r\n")).isEqualTo("AUTH PLAIN\r\n");
        m.observeServer("+ \r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(mask(m, "*\r\n")).isEqualTo("*\r\n");
        assertThat(Pop3SecretMasker.maskSaslResponse("AGJvYgBodW50ZXIy")).isEqualTo("***");
        assertThat(Pop3SecretMasker.maskSaslResponse("*")).isEqualTo("*");
        assertThat(Pop3SecretMasker.maskSaslResponse("")).isEmpty();
    }
}
