package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed responses are rejected by the strict parser with the production path, the offset of the
 * offending byte, and a message that says what was expected and shows the bytes escaped.
 */
class MalformedResponsesTest {

    private static final String DATA = "response > response-data";
    private static final String MSG_ATT = DATA + " > message-data > msg-att";
    private static final String STATIC = MSG_ATT + " > msg-att-static";
    private static final String BODY_1PART = STATIC + " > body > body-type-1part";
    private static final String TAGGED = "response > response-tagged";

    static Stream<Arguments> malformed() {
        return Stream.of(
                // line ends and separators
                bad("lone LF", "* 3 EXISTS\n", DATA, 10, "lone LF: every line ends with CRLF"),
                bad("lone LF after a tagged response", "a1 OK done\n", TAGGED, 10, "lone LF"),
                bad("CR without LF", "* 3 EXISTS\r", DATA, 10, "CR not followed by LF"),
                bad("missing SP before the response name", "* 3EXISTS\r\n", DATA, 3, "expected SP, found \"EXISTS\\r\\n\""),
                bad("missing SP between fetch items", "* 1 FETCH (UID 5FLAGS (\\Seen))\r\n", MSG_ATT, 16,
                        "expected SP or \")\", found \"FLAGS (\\\\Seen\""),
                bad("two SP between tokens", "* 1 FETCH (UID  5)\r\n", STATIC, 15, "extra SP: exactly one SP separates tokens"),
                bad("missing SP after FETCH", "* 3 FETCH(UID 1)\r\n", DATA + " > message-data", 9, "expected SP, found \"(UID 1)\\r\\n\""),
                bad("missing SP after FLAGS", "* FLAGS(\\Seen)\r\n", DATA + " > mailbox-data", 7, "expected SP, found \"(\\\\Seen)"),
                bad("TAB instead of SP", "* 3\tEXISTS\r\n", DATA, 3, "expected SP, found \"\\tEXISTS"),
                bad("trailing SP before CRLF", "* 3 EXISTS \r\n", DATA, 10, "expected CRLF, found \" \\r\\n\""),
                bad("SP before the closing parenthesis", "* FLAGS (\\Seen )\r\n", DATA + " > mailbox-data > flag-list > flag", 15,
                        "expected atom, found \")\\r\\n\""),
                bad("garbage after CRLF", "* 3 EXISTS\r\nX", "response", 12, "garbage after CRLF: 1 more byte(s)"),
                bad("two responses in one frame", "* 3 EXISTS\r\n* 4 EXISTS\r\n", "response", 12, "garbage after CRLF: 12 more byte(s)"),
                bad("empty frame", "", TAGGED, 0, "expected a tag (1*<any ASTRING-CHAR except \"+\">), found end of frame"),
                // tags and status words
                bad("parenthesis in a tag", "a(1 OK done\r\n", TAGGED, 1, "byte \"(1 OK done\\r\\n\" is not allowed in a tag"),
                bad("plus in a tag", "a+1 OK done\r\n", TAGGED, 1, "is not allowed in a tag"),
                bad("8-bit octet in a tag", "a\u00e91 OK done\r\n", TAGGED, 1, "byte \"\\xC3\\xA91 OK done\\r\""),
                bad("unknown status word", "a1 MAYBE done\r\n", TAGGED + " > resp-cond-state", 3,
                        "expected OK, NO or BAD, found \"MAYBE done\\r\\n\""),
                bad("tagged BYE", "a1 BYE done\r\n", TAGGED + " > resp-cond-state", 3, "(BYE is never tagged)"),
                bad("unknown untagged response", "* FOO bar\r\n", DATA, 2, "unknown untagged response \"FOO bar\\r\\n\""),
                bad("PREAUTH after the greeting", "* PREAUTH hi\r\n", DATA, 2, "PREAUTH is only valid in the greeting"),
                bad("continuation without SP", "+\r\n", "response > continue-req", 1, "\"+\" must be followed by SP"),
                // numbers
                bad("number overflow", "* 4294967296 EXISTS\r\n", DATA, 2,
                        "number 4294967296 is out of range: number is a 32-bit unsigned integer (at most 4294967295)"),
                bad("uniqueid overflow", "* 1 FETCH (UID 4294967296)\r\n", STATIC + " > uniqueid", 15,
                        "nz-number 4294967296 is out of range"),
                bad("uniqueid zero", "* 1 FETCH (UID 0)\r\n", STATIC + " > uniqueid", 15, "nz-number must not start with 0"),
                bad("nz-number with a leading zero", "* 1 FETCH (UID 007)\r\n", STATIC + " > uniqueid", 15, "found \"007)\\r\\n\""),
                bad("message sequence number zero", "* 0 FETCH (UID 1)\r\n", DATA + " > message-data", 2,
                        "message sequence numbers start at 1"),
                bad("number64 overflow", "* 1 FETCH (RFC822.SIZE 9223372036854775808)\r\n", STATIC, 23,
                        "number64 9223372036854775808 is out of range"),
                bad("NIL where a number is required", "* 1 FETCH (RFC822.SIZE NIL)\r\n", STATIC, 23, "expected number64, found \"NIL)"),
                // strings
                bad("unterminated quoted string", "* LIST () \"/\" \"foo\r\n",
                        DATA + " > mailbox-data > mailbox-list > mailbox > quoted", 14, "unterminated quoted string: CR before the closing DQUOTE"),
                bad("quoted string cut by the frame end", "* LIST () \"/\" \"foo",
                        DATA + " > mailbox-data > mailbox-list > mailbox > quoted", 14, "the frame ends before the closing DQUOTE"),
                bad("bad escape in quoted string", "* LIST () \"/\" \"fo\\o\"\r\n",
                        DATA + " > mailbox-data > mailbox-list > mailbox > quoted", 17, "bad escape \"\\\\o\"\\r\\n\" in quoted string"),
                bad("literal longer than the frame", "* 1 FETCH (BODY[] {10}\r\nabc)\r\n", STATIC + " > literal", 18,
                        "literal announces 10 octets but the frame holds only 6 after it"),
                bad("literal shorter than its data", "* 1 FETCH (BODY[] {2}\r\nabcd)\r\n", MSG_ATT, 25, "expected SP or \")\", found \"cd)\\r\\n\""),
                bad("literal length without CRLF", "* 1 FETCH (BODY[] {3} abc)\r\n", STATIC + " > literal", 21,
                        "expected CRLF after the literal length"),
                bad("non-synchronizing literal from a server", "* 1 FETCH (BODY[] {3+}\r\nabc)\r\n", STATIC + " > literal", 20,
                        "non-synchronizing literal {n+}"),
                bad("NUL in a literal", "* 1 FETCH (BODY[] {3}\r\na\u0000b)\r\n", STATIC + " > literal", 24, "NUL octet in literal"),
                bad("8-bit octet in an atom", "* CAPABILITY IMAP4rev1 F\u00f6\u00f6\r\n", DATA + " > capability-data > capability", 24,
                        "8-bit octet 0xC3 in atom: ATOM-CHAR is 7-bit US-ASCII"),
                bad("text that is not UTF-8", "* OK caf\u00ff\r\n".getBytes(StandardCharsets.ISO_8859_1),
                        DATA + " > resp-cond-state > resp-text", 8, "octet 0xFF in text is not UTF-8"),
                // body structure
                bad("unbalanced parentheses in BODYSTRUCTURE", "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\")\r\n",
                        MSG_ATT, 74, "expected SP or \")\", found \"\\r\\n\""),
                bad("extra parenthesis after BODYSTRUCTURE", "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)))\r\n",
                        DATA, 65, "expected CRLF, found \")\\r\\n\""),
                bad("NIL body encoding", "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL NIL 1 1))\r\n",
                        BODY_1PART + " > body-fields > body-fld-enc", 44, "NIL where a string is required"),
                bad("NIL media type", "* 1 FETCH (BODY (NIL \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1))\r\n", BODY_1PART + " > media-type", 17,
                        "NIL where a string is required"),
                bad("empty body parameter list", "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" () NIL NIL \"7BIT\" 1 1))\r\n",
                        BODY_1PART + " > body-fields > body-fld-param", 33, "empty parameter list \"()\""),
                bad("SP between multipart bodies", "* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\"))\r\n",
                        STATIC + " > body > body-type-mpart", 56, "SP between the bodies of a multipart"),
                bad("extension data in BODY", "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL))\r\n", BODY_1PART, 54,
                        "extension data in BODY: only BODYSTRUCTURE carries body-ext-1part"),
                bad("empty address list", "* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL))\r\n",
                        STATIC + " > envelope > env-from", 30, "empty address list \"()\""),
                // items, sections, dates
                bad("unknown fetch item", "* 1 FETCH (X-GM-MSGID 123)\r\n", MSG_ATT, 11, "unknown msg-att \"X-GM-MSGID 1\""),
                bad("BODY.PEEK in a response", "* 1 FETCH (BODY.PEEK[] \"x\")\r\n", MSG_ATT, 11, "unknown msg-att \"BODY.PEEK[] \""),
                bad("MIME without a part number", "* 1 FETCH (BODY[MIME] \"x\")\r\n", STATIC + " > section > section-msgtext", 16,
                        "MIME must follow a part number"),
                bad("day 32", "* 1 FETCH (INTERNALDATE \"32-Jul-1996 02:44:25 -0700\")\r\n", STATIC + " > date-time", 24,
                        "not a valid date-time"),
                bad("unknown month", "* 1 FETCH (INTERNALDATE \"17-Jux-1996 02:44:25 -0700\")\r\n", STATIC + " > date-time", 28,
                        "expected date-month (Jan, Feb, ... Dec), found \"Jux-1996 02:\""),
                // response codes and mailbox data
                bad("UIDNEXT 0", "* OK [UIDNEXT 0] x\r\n", DATA + " > resp-cond-state > resp-text > resp-text-code", 14,
                        "nz-number must not start with 0"),
                bad("argument to READ-WRITE", "a OK [READ-WRITE now] x\r\n", TAGGED + " > resp-cond-state > resp-text > resp-text-code", 16,
                        "READ-WRITE takes no argument"),
                bad("no SP after the response code", "* OK [ALERT]x\r\n", DATA + " > resp-cond-state > resp-text", 12,
                        "expected SP after \"]\", found \"x\\r\\n\""),
                bad("\"*\" in a uid-set", "a OK [COPYUID 1 1:* 2] x\r\n",
                        TAGGED + " > resp-cond-state > resp-text > resp-text-code > resp-code-copy > uid-set", 18, "\"*\" is not allowed in a uid-set"),
                bad("\\* outside PERMANENTFLAGS", "* FLAGS (\\*)\r\n", DATA + " > mailbox-data > flag-list > flag", 9,
                        "\\* is only allowed in PERMANENTFLAGS"),
                bad("capabilities without IMAP4rev1", "* CAPABILITY STARTTLS\r\n", DATA + " > capability-data", 12,
                        "the capability list must include IMAP4rev1 or IMAP4rev2"),
                bad("two selectability flags", "* LIST (\\Noselect \\Marked) \"/\" foo\r\n",
                        DATA + " > mailbox-data > mailbox-list > mbx-list-flags", 8, "more than one of \\Noselect, \\Marked, \\Unmarked"),
                bad("two-character delimiter", "* LIST () \"//\" foo\r\n", DATA + " > mailbox-data > mailbox-list > delimiter", 10,
                        "the hierarchy delimiter is exactly one QUOTED-CHAR"));
    }

    private static Arguments bad(String name, String frame, String rule, int offset, String fragment) {
        return bad(name, frame.getBytes(StandardCharsets.UTF_8), rule, offset, fragment);
    }

    private static Arguments bad(String name, byte[] frame, String rule, int offset, String fragment) {
        return Arguments.of(name, frame, rule, offset, fragment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void strictParserRejectsWithRuleOffsetAndBytes(String name, byte[] frame, String rule, int offset, String fragment) {
        ImapSyntaxException e = catchThrowableOfType(() -> ImapResponseParser.strict().parse(frame), ImapSyntaxException.class);
        assertThat(e).as(name + ": expected a syntax error").isNotNull();
        assertThat(e.rule()).as("rule").isEqualTo(rule);
        assertThat(e.offset()).as("offset").isEqualTo(offset);
        assertThat(e.getMessage()).as("message").startsWith(rule + ": ").contains(fragment).contains("(offset " + offset + ": ")
                .contains("⟨here⟩");
        assertThat(e.input()).isEqualTo(frame);
    }

    @org.junit.jupiter.api.Test
    void greetingMustBeOkPreauthOrBye() {
        ImapSyntaxException e = catchThrowableOfType(
                () -> ImapResponseParser.strict().parseGreeting("* NO go away\r\n".getBytes(StandardCharsets.US_ASCII)),
                ImapSyntaxException.class);
        assertThat(e.rule()).isEqualTo("greeting");
        assertThat(e.offset()).isEqualTo(2);
        assertThat(e.getMessage()).contains("expected OK, PREAUTH or BYE (resp-cond-auth / resp-cond-bye), found \"NO go away\\r\\n\"");
        ImapSyntaxException tagged = catchThrowableOfType(
                () -> ImapResponseParser.strict().parseGreeting("a1 OK hi\r\n".getBytes(StandardCharsets.US_ASCII)),
                ImapSyntaxException.class);
        assertThat(tagged.rule()).isEqualTo("greeting");
        assertThat(tagged.offset()).isZero();
        assertThat(tagged.getMessage()).contains("expected \"*\", found \"a1 OK hi");
    }
}
