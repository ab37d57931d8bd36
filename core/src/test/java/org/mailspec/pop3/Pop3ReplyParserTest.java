package org.mailspec.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server reply in RFC 1939's examples, section by section, through the strict parser: each
 * must parse without a violation, with the status and text (or data lines) the RFC shows. Then
 * the RFC 2449 / 3206 / 5034 forms, and one case per violation the parser reports.
 */
class Pop3ReplyParserTest {

    private final Pop3ReplyParser parser = Pop3ReplyParser.strict();

    /** One S: reply from an RFC example. {@code lines} null: a single-line reply. */
    record Case(String section, String reply, Pop3Status status, String text, List<String> lines) {
        @Override
        public String toString() {
            return section + ": " + reply.replace("\r\n", "\\r\\n");
        }
    }

    private static Case single(String section, String line, Pop3Status status, String text) {
        return new Case(section, line + "\r\n", status, text, null);
    }

    private static Case multi(String section, String first, String text, String... data) {
        StringBuilder sb = new StringBuilder(first).append("\r\n");
        List<String> unstuffed = new ArrayList<>();
        for (String d : data) {
            sb.append(d).append("\r\n");
            unstuffed.add(d.startsWith("..") ? d.substring(1) : d);
        }
        sb.append(".\r\n");
        return new Case(section, sb.toString(), Pop3Status.OK, text, unstuffed);
    }

    /** The example message RFC 1939 leaves as "<the POP3 server sends the entire message here>". */
    private static final String[] MESSAGE = {
        "From: mrose@dbc.mtview.ca.us", "Subject: example", "", "first line of the body",
        "..a line that began with a dot", "last line"};

    static Stream<Case> rfc1939() {
        return Stream.of(
                // 4. The AUTHORIZATION State
                single("rfc1939-4 greeting", "+OK POP3 server ready", Pop3Status.OK, "POP3 server ready"),
                // 4. QUIT Command
                single("rfc1939-4 QUIT", "+OK dewey POP3 server signing off", Pop3Status.OK, "dewey POP3 server signing off"),
                // 5. STAT Command
                single("rfc1939-5 STAT", "+OK 2 320", Pop3Status.OK, "2 320"),
                // 5. LIST Command
                multi("rfc1939-5 LIST", "+OK 2 messages (320 octets)", "2 messages (320 octets)", "1 120", "2 200"),
                single("rfc1939-5 LIST 2", "+OK 2 200", Pop3Status.OK, "2 200"),
                single("rfc1939-5 LIST 3", "-ERR no such message, only 2 messages in maildrop", Pop3Status.ERR,
                        "no such message, only 2 messages in maildrop"),
                // 5. RETR Command
                multi("rfc1939-5 RETR", "+OK 120 octets", "120 octets", MESSAGE),
                // 5. DELE Command
                single("rfc1939-5 DELE 1", "+OK message 1 deleted", Pop3Status.OK, "message 1 deleted"),
                single("rfc1939-5 DELE 2", "-ERR message 2 already deleted", Pop3Status.ERR, "message 2 already deleted"),
                // 5. NOOP Command
                single("rfc1939-5 NOOP", "+OK", Pop3Status.OK, ""),
                // 5. RSET Command
                single("rfc1939-5 RSET", "+OK maildrop has 2 messages (320 octets)", Pop3Status.OK,
                        "maildrop has 2 messages (320 octets)"),
                // 6. The UPDATE State, QUIT Command
                single("rfc1939-6 QUIT", "+OK dewey POP3 server signing off (maildrop empty)", Pop3Status.OK,
                        "dewey POP3 server signing off (maildrop empty)"),
                single("rfc1939-6 QUIT", "+OK dewey POP3 server signing off (2 messages left)", Pop3Status.OK,
                        "dewey POP3 server signing off (2 messages left)"),
                // 7. TOP Command
                multi("rfc1939-7 TOP 1 10", "+OK", "", MESSAGE[0], MESSAGE[1], MESSAGE[2], MESSAGE[3]),
                single("rfc1939-7 TOP 100 3", "-ERR no such message", Pop3Status.ERR, "no such message"),
                // 7. UIDL Command
                multi("rfc1939-7 UIDL", "+OK", "", "1 whqtswO00WBw418f9t5JxYwZ", "2 QhdPYR:00WBw1Ph7x7"),
                single("rfc1939-7 UIDL 2", "+OK 2 QhdPYR:00WBw1Ph7x7", Pop3Status.OK, "2 QhdPYR:00WBw1Ph7x7"),
                single("rfc1939-7 UIDL 3", "-ERR no such message, only 2 messages in maildrop", Pop3Status.ERR,
                        "no such message, only 2 messages in maildrop"),
                // 7. USER Command
                single("rfc1939-7 USER frated", "-ERR sorry, no mailbox for frated here", Pop3Status.ERR,
                        "sorry, no mailbox for frated here"),
                single("rfc1939-7 USER mrose", "+OK mrose is a real hoopy frood", Pop3Status.OK, "mrose is a real hoopy frood"),
                // 7. PASS Command
                single("rfc1939-7 PASS", "-ERR maildrop already locked", Pop3Status.ERR, "maildrop already locked"),
                single("rfc1939-7 PASS", "+OK mrose's maildrop has 2 messages (320 octets)", Pop3Status.OK,
                        "mrose's maildrop has 2 messages (320 octets)"),
                // 7. APOP Command
                single("rfc1939-7 APOP greeting", "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>", Pop3Status.OK,
                        "POP3 server ready <1896.697170952@dbc.mtview.ca.us>"),
                single("rfc1939-7 APOP", "+OK maildrop has 1 message (369 octets)", Pop3Status.OK,
                        "maildrop has 1 message (369 octets)"),
                // 10. Example POP3 Session (the server's side)
                single("rfc1939-10 greeting", "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>", Pop3Status.OK,
                        "POP3 server ready <1896.697170952@dbc.mtview.ca.us>"),
                single("rfc1939-10 APOP", "+OK mrose's maildrop has 2 messages (320 octets)", Pop3Status.OK,
                        "mrose's maildrop has 2 messages (320 octets)"),
                single("rfc1939-10 STAT", "+OK 2 320", Pop3Status.OK, "2 320"),
                multi("rfc1939-10 LIST", "+OK 2 messages (320 octets)", "2 messages (320 octets)", "1 120", "2 200"),
                multi("rfc1939-10 RETR 1", "+OK 120 octets", "120 octets", MESSAGE),
                single("rfc1939-10 DELE 1", "+OK message 1 deleted", Pop3Status.OK, "message 1 deleted"),
                multi("rfc1939-10 RETR 2", "+OK 200 octets", "200 octets", MESSAGE),
                single("rfc1939-10 DELE 2", "+OK message 2 deleted", Pop3Status.OK, "message 2 deleted"),
                single("rfc1939-10 QUIT", "+OK dewey POP3 server signing off (maildrop empty)", Pop3Status.OK,
                        "dewey POP3 server signing off (maildrop empty)"));
    }

    @Test
    void thereAre33Rfc1939Cases() {
        assertThat(rfc1939().count()).isEqualTo(33);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfc1939")
    void everyRfc1939ExampleReplyParsesStrictly(Case c) throws Exception {
        byte[] raw = c.reply().getBytes(StandardCharsets.US_ASCII);
        if (c.lines() == null) {
            Pop3Reply r = parser.parseReply(raw);
            assertThat(r.status()).isEqualTo(c.status());
            assertThat(r.text()).isEqualTo(c.text());
            assertThat(r.code()).isEmpty();
            assertThat(r.raw()).isEqualTo(raw);
        } else {
            MultiLineReply m = parser.parseMultiLine(raw);
            assertThat(m.first().status()).isEqualTo(c.status());
            assertThat(m.first().text()).isEqualTo(c.text());
            assertThat(m.textLines()).isEqualTo(c.lines());
            assertThat(m.terminated()).isTrue();
            assertThat(m.raw()).isEqualTo(raw);
            String joined = c.lines().stream().map(l -> l + "\r\n").reduce("", String::concat);
            assertThat(new String(m.content(), StandardCharsets.US_ASCII)).isEqualTo(joined);
        }
    }

    // ---------------------------------------------------------------- RFC 2449, 3206, 5034

    @Test
    void capaListsCapabilitiesWithArguments() throws Exception {
        MultiLineReply m = parser.parseMultiLine(("+OK Capability list follows\r\nTOP\r\nUSER\r\nSASL CRAM-MD5 KERBEROS_V4\r\n"
                + "RESP-CODES\r\nLOGIN-DELAY 900\r\nPIPELINING\r\nEXPIRE 60\r\nUIDL\r\nIMPLEMENTATION Shlemazle-Plotz-v302\r\n.\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Pop3Capabilities caps = Pop3Capabilities.of(m);
        assertThat(caps.names()).containsExactly("TOP", "USER", "SASL", "RESP-CODES", "LOGIN-DELAY", "PIPELINING",
                "EXPIRE", "UIDL", "IMPLEMENTATION");
        assertThat(caps.get("sasl").orElseThrow().arguments()).containsExactly("CRAM-MD5", "KERBEROS_V4");
        assertThat(caps.get("LOGIN-DELAY").orElseThrow().arguments()).containsExactly("900");
        assertThat(caps.has("STLS")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responseCodes")
    void extendedResponseCodesAreParsedAndKept(String line, String code, boolean known, String text) throws Exception {
        Pop3Reply r = parser.parseReply((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(r.code()).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualTo(code);
            assertThat(c.isKnown()).isEqualTo(known);
        });
        assertThat(r.text()).isEqualTo(text);
    }

    static Stream<Arguments> responseCodes() {
        return Stream.of(
                Arguments.of("-ERR [IN-USE] maildrop locked by another session", "IN-USE", true,
                        "maildrop locked by another session"),
                Arguments.of("-ERR [LOGIN-DELAY] wait 900 seconds", "LOGIN-DELAY", true, "wait 900 seconds"),
                Arguments.of("-ERR [SYS/TEMP] disk full", "SYS/TEMP", true, "disk full"),
                Arguments.of("-ERR [SYS/PERM] account disabled", "SYS/PERM", true, "account disabled"),
                Arguments.of("-ERR [AUTH] invalid password", "AUTH", true, "invalid password"),
                Arguments.of("+OK [X-VENDOR/SUB/LEVEL] fine", "X-VENDOR/SUB/LEVEL", false, "fine"));
    }

    @Test
    void anAuthContinuationIsPlusSpaceBase64() throws Exception {
        Pop3Reply empty = parser.parseAuthReply("+ \r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(empty.status()).isEqualTo(Pop3Status.CONTINUE);
        assertThat(empty.text()).isEmpty();
        Pop3Reply challenge = parser.parseAuthReply("+ PDQ1NjcuNjk3NjQ3MjFAZXhhbXBsZT4=\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(challenge.text()).isEqualTo("PDQ1NjcuNjk3NjQ3MjFAZXhhbXBsZT4=");
        assertThat(parser.parseAuthReply("+OK Maildrop locked and ready\r\n".getBytes(StandardCharsets.US_ASCII)).ok()).isTrue();
        assertThatThrownBy(() -> parser.parseReply("+ \r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Pop3SyntaxException.class).hasMessageContaining("+OK");
    }

    // ---------------------------------------------------------------- violations

    static Stream<Arguments> singleLineViolations() {
        return Stream.of(
                Arguments.of("+OK ready\n", "CRLF", 9),
                Arguments.of("+OK ready", "CRLF", 9),
                Arguments.of("+OKready\r\n", "single-line", 3),
                Arguments.of("OK ready\r\n", "status", 0),
                Arguments.of("* OK ready\r\n", "status", 0),
                Arguments.of("+ok ready\r\n", "status", 0),
                Arguments.of("-ERR [IN-USE locked\r\n", "resp-code", 12),
                Arguments.of("-ERR []\r\n", "resp-code", 6),
                Arguments.of("+OK caf\u00e9\r\n", "text", 7),
                Arguments.of("+OK a\0b\r\n", "text", 5),
                Arguments.of("+OK " + "x".repeat(507) + "\r\n", "rfc2449-4", 512));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLineViolations")
    void singleLineViolationsNameTheRuleAndOffset(String line, String rule, int offset) {
        byte[] raw = line.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseReply(raw))
                .isInstanceOfSatisfying(Pop3SyntaxException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.input()).isEqualTo(raw);
                });
    }

    @Test
    void exactly512OctetsIsAllowed() throws Exception {
        String line = "+OK " + "x".repeat(506) + "\r\n";
        assertThat(line).hasSize(512);
        assertThat(parser.parseReply(line.getBytes(StandardCharsets.US_ASCII)).ok()).isTrue();
    }

    @Test
    void aMultiLineReplyWithoutTerminatorIsAViolation() {
        byte[] raw = "+OK 2 messages\r\n1 120\r\n2 200\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser.parseMultiLine(raw))
                .isInstanceOfSatisfying(Pop3SyntaxException.class, e -> {
                    assertThat(e.rule()).isEqualTo("multi-line");
                    assertThat(e.offset()).isEqualTo(raw.length);
                })
                .hasMessageContaining("closed before the terminating");
    }

    @Test
    void aDataLineStartingWithADotMustBeStuffed() {
        byte[] raw = "+OK\r\n.hidden\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser.parseMultiLine(raw))
                .isInstanceOfSatisfying(Pop3SyntaxException.class, e -> {
                    assertThat(e.rule()).isEqualTo("dot-stuffed");
                    assertThat(e.offset()).isEqualTo(5);
                });
    }

    @Test
    void aLoneLfInsideAMultiLineReplyIsAViolationAtItsOffset() {
        byte[] raw = "+OK\r\nline one\nline two\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser.parseMultiLine(raw))
                .isInstanceOfSatisfying(Pop3SyntaxException.class, e -> {
                    assertThat(e.rule()).isEqualTo("CRLF");
                    assertThat(e.offset()).isEqualTo(13);
                });
    }

    @Test
    void leniencyCollectsEveryViolationAndStillReads() throws Exception {
        List<Pop3SyntaxException> found = new ArrayList<>();
        byte[] raw = "+ok listing\nline\n.x\r\n".getBytes(StandardCharsets.US_ASCII);
        MultiLineReply m = parser.parseMultiLine(raw, found);
        assertThat(found).extracting(Pop3SyntaxException::rule)
                .containsExactly("CRLF", "status", "CRLF", "dot-stuffed", "multi-line");
        assertThat(m.textLines()).containsExactly("line", "x");
        assertThat(m.terminated()).isFalse();
    }

    @Test
    void anUnknownStatusIsFatalEvenWhenLenient() {
        assertThatThrownBy(() -> parser.parseReply("HELLO\r\n".getBytes(StandardCharsets.US_ASCII), new ArrayList<>()))
                .isInstanceOf(Pop3SyntaxException.class);
    }

    @Test
    void aContinuationWithoutSpaceIsAViolation() {
        assertThatThrownBy(() -> parser.parseAuthReply("+\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(Pop3SyntaxException.class, e -> assertThat(e.rule()).isEqualTo("continue-req"));
    }

    @Test
    void anErrReplyStandsAloneInAMultiLineRead() throws Exception {
        MultiLineReply m = parser.parseMultiLine("-ERR no such message\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(m.first().err()).isTrue();
        assertThat(m.lines()).isEmpty();
        assertThat(m.wireOctets()).isZero();
    }
}
