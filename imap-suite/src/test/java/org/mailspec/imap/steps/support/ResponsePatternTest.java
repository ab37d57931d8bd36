package org.mailspec.imap.steps.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailspec.imap.parse.ImapResponseParser;
import org.mailspec.imap.response.UntaggedResponse;

/** Patterns against core's typed responses: what the RFC allows matches, what differs does not. */
class ResponsePatternTest {

    private static final Map<String, String> ALIASES = Map.of("Work", "ms-r1-s1-Work", "Intl", "ms-r1-s1-Entwürfe");

    private static final ResponsePattern.Resolver RESOLVER = new ResponsePattern.Resolver() {
        @Override
        public Optional<String> alias(String name) {
            return Optional.ofNullable(ALIASES.get(name));
        }

        @Override
        public long uid(int n) {
            return 100 + n;
        }

        @Override
        public String delimiter() {
            return "/";
        }
    };

    private static boolean matches(String pattern, String response) throws Exception {
        UntaggedResponse r = (UntaggedResponse) ImapResponseParser.strict()
                .parse((response + "\r\n").getBytes(StandardCharsets.UTF_8));
        return ResponsePattern.compile(pattern, RESOLVER).matches(r);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * 3 EXISTS                               | * 3 EXISTS
            * 3 exists                               | * 3 EXISTS
            * 2 EXPUNGE                              | * 2 EXPUNGE
            * OK [UIDVALIDITY <any>]                 | * OK [UIDVALIDITY 3857529045] UIDs valid
            * OK [UIDNEXT <any>]                     | * OK [UIDNEXT 4392] Predicted next UID
            * OK [UIDNEXT 4392]                      | * OK [UIDNEXT 4392] Predicted next UID
            * OK                                     | * OK [ALERT] anything at all
            * OK anything                            | * OK something else
            * OK [PERMANENTFLAGS (\\Seen \\* ...)]   | * OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited
            * OK [APPENDUID <any> <uid:1>]           | * OK [APPENDUID 38505 101] done
            * OK [CAPABILITY IMAP4rev2 ...]          | * OK [CAPABILITY IDLE IMAP4rev2] ready
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted \\Seen)
            * CAPABILITY IMAP4rev2 IDLE              | * CAPABILITY IDLE IMAP4rev2
            * CAPABILITY IMAP4rev2 ...               | * CAPABILITY IDLE IMAP4rev2 STARTTLS
            * LIST <any> <any> $Work                 | * LIST (\\HasNoChildren) "/" ms-r1-s1-Work
            * LIST <any> <any> $Work                 | * LIST () "." "ms-r1-s1-Work"
            * LIST <any> <any> $Work                 | * LIST () "." {13}\\r\\nms-r1-s1-Work
            * LIST <any> <any> $Intl                 | * LIST () "/" "ms-r1-s1-Entw&APw-rfe"
            * LIST <any> <delim> $Work               | * LIST () "/" ms-r1-s1-Work
            * LIST <any> <any> INBOX                 | * LIST () "/" inbox
            * LIST (\\Noselect ...) "/" ""           | * LIST (\\Noselect \\HasChildren) "/" ""
            * LIST () "/" $Work ...                  | * LIST () "/" ms-r1-s1-Work ("CHILDINFO" ("SUBSCRIBED"))
            * STATUS $Work (MESSAGES 3 UNSEEN 2)     | * STATUS "ms-r1-s1-Work" (MESSAGES 3 UNSEEN 2)
            * STATUS $Work (MESSAGES 3 UNSEEN 2)     | * STATUS "ms-r1-s1-Work" (UNSEEN 2 MESSAGES 3)
            * STATUS $Work (MESSAGES 3 ...)          | * STATUS "ms-r1-s1-Work" (UIDNEXT 4 MESSAGES 3)
            * 1 FETCH (FLAGS (\\Seen) UID 7)         | * 1 FETCH (UID 7 FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Flagged ...) ...)    | * 1 FETCH (UID 9 FLAGS (\\Recent \\Flagged))
            * 1 FETCH (UID <uid:1>)                  | * 1 FETCH (UID 101)
            * 1 FETCH (BODY[HEADER.FIELDS (SUBJECT DATE)] <any>) | * 1 FETCH (BODY[HEADER.FIELDS (DATE SUBJECT)] {2}\\r\\n\\r\\n)
            * 1 FETCH (BODY[]<0> "ab")               | * 1 FETCH (BODY[]<0> {2}\\r\\nab)
            * 1 FETCH (BODY[1] NIL)                  | * 1 FETCH (BODY[1] NIL)
            * 1 FETCH (ENVELOPE (NIL "hi" NIL NIL NIL NIL NIL NIL NIL NIL)) | * 1 FETCH (ENVELOPE (NIL "hi" NIL NIL NIL NIL NIL NIL NIL NIL))
            * 1 FETCH (ENVELOPE (<any> <any> ((<any> NIL "a" "b.test")) ...)) | * 1 FETCH (ENVELOPE ("d" "s" (("A" NIL "a" "b.test")) NIL NIL NIL NIL NIL NIL NIL))
            * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" ("CHARSET" "US-ASCII") NIL NIL "7BIT" 10 1)) | * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" ("CHARSET" "US-ASCII") NIL NIL "7BIT" 10 1))
            * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" <any> NIL NIL "7BIT" 10 1 ...)) | * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" NIL NIL NIL "7BIT" 10 1 NIL NIL NIL NIL))
            * 1 FETCH (MODSEQ (12))                  | * 1 FETCH (MODSEQ (12))
            * ENABLED CONDSTORE                      | * ENABLED CONDSTORE
            * ENABLED X-FOO ...                      | * ENABLED X-FOO
            * NAMESPACE <any> <any> <any>            | * NAMESPACE (("" "/")) NIL NIL
            * NAMESPACE (("" "/")) NIL NIL           | * NAMESPACE (("" "/")) NIL NIL
            * SEARCH 1 3                             | * SEARCH 1 3
            * SEARCH 1 3                             | * SEARCH 3 1
            * SEARCH                                 | * SEARCH
            * ESEARCH (TAG "A1") ALL 1:3             | * ESEARCH (TAG "A1") ALL 1:3
            * ESEARCH (TAG "A1") UID COUNT 3 ...     | * ESEARCH (TAG "A1") UID MIN 2 COUNT 3
            * VANISHED 4:5                           | * VANISHED 4:5
            * ID ...                                 | * ID ("name" "x")
            * BYE                                    | * BYE logging out
            """)
    void matchesWhatTheRfcAllows(String pattern, String response) throws Exception {
        assertThat(matches(pattern.trim(), response.trim().replace("\\r\\n", "\r\n"))).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * 3 EXISTS                               | * 4 EXISTS
            * 3 EXISTS                               | * 3 RECENT
            * 3 EXISTS                               | * 3 EXPUNGE
            * OK [UIDVALIDITY <any>]                 | * OK [UIDNEXT 4392] Predicted next UID
            * OK [UIDVALIDITY <any>]                 | * OK UIDVALIDITY 3 is only text here
            * OK [UIDVALIDITY 5]                     | * OK [UIDVALIDITY 6] valid
            * OK [ALERT]                             | * NO [ALERT] no
            * OK [CAPABILITY IMAP4rev2]              | * OK [CAPABILITY IDLE IMAP4rev2] ready
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted \\Seen \\Flagged)
            * FLAGS (\\Seen \\Deleted)               | * FLAGS (\\Deleted)
            * CAPABILITY IMAP4rev2                   | * CAPABILITY IDLE IMAP4rev2
            * LIST <any> <any> $Work                 | * LIST () "/" ms-r1-s1-Work2
            * LIST <any> <any> $Work                 | * LIST () "/" MS-R1-S1-WORK
            * LIST <any> "." $Work                   | * LIST () "/" ms-r1-s1-Work
            * LIST () "/" $Work                      | * LIST () "/" ms-r1-s1-Work ("CHILDINFO" ("SUBSCRIBED"))
            * STATUS $Work (MESSAGES 3)              | * STATUS "ms-r1-s1-Work" (MESSAGES 2)
            * STATUS $Work (MESSAGES 3)              | * STATUS "ms-r1-s1-Work" (MESSAGES 3 UNSEEN 2)
            * STATUS $Work (MESSAGES 3 UNSEEN 2)     | * STATUS "ms-r1-s1-Work" (UNSEEN 1 MESSAGES 3)
            * STATUS $Intl (MESSAGES 3)              | * STATUS "ms-r1-s1-Work" (MESSAGES 3)
            * 1 FETCH (FLAGS (\\Seen) UID 7)         | * 1 FETCH (FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Seen))               | * 2 FETCH (FLAGS (\\Seen))
            * 1 FETCH (FLAGS (\\Seen))               | * 1 FETCH (FLAGS (\\Seen) UID 7)
            * 1 FETCH (UID <uid:1>)                  | * 1 FETCH (UID 102)
            * 1 FETCH (BODY[1] NIL)                  | * 1 FETCH (BODY[1] "")
            * 1 FETCH (BODY[]<0> "ab")               | * 1 FETCH (BODY[] "ab")
            * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" <any> NIL NIL "7BIT" 10 1)) | * 1 FETCH (BODYSTRUCTURE ("TEXT" "PLAIN" NIL NIL NIL "7BIT" 10 1 NIL NIL NIL NIL))
            * SEARCH 1 3                             | * SEARCH 1 3 4
            * SEARCH                                 | * SEARCH 1
            * ENABLED CONDSTORE                      | * ENABLED
            * ESEARCH (TAG "A1") ALL 1:3             | * ESEARCH (TAG "A2") ALL 1:3
            * ESEARCH ALL 1:3                        | * ESEARCH (TAG "A1") ALL 1:3
            * ID                                     | * ID ("name" "x")
            * NAMESPACE NIL NIL NIL                  | * NAMESPACE (("" "/")) NIL NIL
            """)
    void rejectsWhatDiffers(String pattern, String response) throws Exception {
        assertThat(matches(pattern.trim(), response.trim().replace("\\r\\n", "\r\n"))).isFalse();
    }
}
