package org.mailspec.imap.steps.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsePatternTest {

    private static final Map<String, MailboxName> ALIASES = Map.of(
            "Work", new MailboxName("ms-r1-s1-Work"),
            "Intl", new MailboxName("ms-r1-s1-Entwürfe"));

    private static boolean matches(String pattern, String response) {
        return ResponsePattern.compile(pattern, ALIASES::get)
                .matches((response + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * 3 EXISTS                               | * 3 EXISTS
            * 3 exists                               | * 3 EXISTS
            * OK [UIDVALIDITY <any>]                 | * OK [UIDVALIDITY 3857529045] UIDs valid
            * OK [UIDNEXT <any>]                     | * OK [UIDNEXT 4392] Predicted next UID
            * OK                                     | * OK [ALERT] anything at all
            * OK [PERMANENTFLAGS (\\Seen \\* ...)]   | * OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted \\Seen)
            * LIST <any> <any> $Work                 | * LIST (\\HasNoChildren) "/" ms-r1-s1-Work
            * LIST <any> <any> $Work                 | * LIST () "." "ms-r1-s1-Work"
            * LIST <any> <any> $Work                 | * LIST () "." {13}\\r\\nms-r1-s1-Work
            * LIST <any> <any> $Intl                 | * LIST () "/" "ms-r1-s1-Entw&APw-rfe"
            * LIST (\\Noselect ...) "/" ""           | * LIST (\\Noselect \\HasChildren) "/" ""
            * STATUS $Work (MESSAGES 3 UNSEEN 2)     | * STATUS "ms-r1-s1-Work" (MESSAGES 3 UNSEEN 2)
            * 1 FETCH (FLAGS (\\Seen) UID 7)         | * 1 FETCH (UID 7 FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Flagged ...) ...)    | * 1 FETCH (UID 9 FLAGS (\\Recent \\Flagged))
            * ENABLED CONDSTORE                      | * ENABLED CONDSTORE
            * NAMESPACE <any> <any> <any>            | * NAMESPACE (("" "/")) NIL NIL
            * 1 FETCH (BODY[HEADER.FIELDS (SUBJECT DATE)] <any>) | * 1 FETCH (BODY[HEADER.FIELDS (DATE SUBJECT)] {2}\\r\\n\\r\\n)
            * SEARCH 1 3                             | * SEARCH 1 3
            """)
    void matchesWhatTheRfcAllows(String pattern, String response) {
        assertThat(matches(pattern.trim(), response.trim().replace("\\r\\n", "\r\n"))).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * 3 EXISTS                               | * 4 EXISTS
            * 3 EXISTS                               | * 3 RECENT
            * OK [UIDVALIDITY <any>]                 | * OK [UIDNEXT 4392] Predicted next UID
            * OK [UIDVALIDITY <any>]                 | * OK UIDVALIDITY 3 is only text here
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted \\Seen \\Flagged)
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted)
            * LIST <any> <any> $Work                 | * LIST () "/" ms-r1-s1-Work2
            * LIST <any> <any> $Work                 | * LIST () "/" MS-R1-S1-WORK
            * STATUS $Work (MESSAGES 3)              | * STATUS "ms-r1-s1-Work" (MESSAGES 2)
            * 1 FETCH (FLAGS (\\Seen) UID 7)         | * 1 FETCH (FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Seen))               | * 2 FETCH (FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Seen))               | * 1 FETCH (FLAGS (\\Seen) UID 7)
            * SEARCH 1 3                             | * SEARCH 1 3 4
            * ENABLED CONDSTORE                      | * ENABLED
            """)
    void rejectsWhatDiffers(String pattern, String response) {
        assertThat(matches(pattern.trim(), response.trim())).isFalse();
    }
}
