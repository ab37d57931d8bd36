package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pop3CommandTest {

    /** Whether a positive reply is multi-line: RFC 1939 sections 5 and 7, RFC 2449 section 5. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "LIST|LIST|false|true",
        "LIST 1|LIST|true|false",
        "uidl|UIDL|false|true",
        "UIDL 2|UIDL|true|false",
        "RETR 1|RETR|true|true",
        "TOP 1 0|TOP|true|true",
        "CAPA|CAPA|false|true",
        "STAT|STAT|false|false",
        "retr 1|RETR|true|true",
        "NOOP|NOOP|false|false",
    })
    void keywordArgumentAndReplyShape(String line, String keyword, boolean argument, boolean multiLine) {
        Pop3Command c = new Pop3Command(line);
        assertThat(c.keyword()).isEqualTo(keyword);
        assertThat(c.hasArgument()).isEqualTo(argument);
        assertThat(c.multiLine()).isEqualTo(multiLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DELE 2|2",
        "TOP 1 0|1,0",
        "STAT|''",
        "USER  bob|',bob'",
    })
    void argumentsAreWhatTheSpacesSeparate(String line, String arguments) {
        assertThat(String.join(",", new Pop3Command(line).arguments())).isEqualTo(arguments);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PASS hunter2|PASS ***",
        "APOP bob 0123abcd|APOP bob ***",
        "AUTH PLAIN AGJvYgBodW50ZXIy|AUTH PLAIN ***",
        "AUTH PLAIN|AUTH PLAIN",
        "RETR 1|RETR 1",
        "USER bob|USER bob",
    })
    void secretsAreMaskedWhereTheLineIsShown(String line, String shown) {
        assertThat(new Pop3Command(line).masked()).isEqualTo(shown);
        assertThat(new Pop3Command(line)).hasToString(shown);
    }
}
