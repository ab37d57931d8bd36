package org.mailspec.imap.steps.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
            "Entwürfe | Entw&APw-rfe",
            "Tom & Jerry | Tom &- Jerry",
            "~peter/mail/台北/日本語 | ~peter/mail/&U,BTFw-/&ZeVnLIqe-",
            "plain | plain"})
    void modifiedUtf7RoundTripsRfc3501Examples(String unicode, String wire) {
        assertThat(ModifiedUtf7.encode(unicode)).isEqualTo(wire);
        assertThat(ModifiedUtf7.decodeOrNull(wire)).isEqualTo(unicode);
    }

    @Test
    void modifiedUtf7RefusesBrokenShifts() {
        assertThat(ModifiedUtf7.decodeOrNull("Entw&APw")).isNull();
        assertThat(ModifiedUtf7.decodeOrNull("a&!!-")).isNull();
    }

    @Test
    void expungeReplayFollowsRfc9051Example() {
        // RFC 9051 6.4.3: messages 3, 4, 7 and 11 deleted give 3, 3, 5, 8
        ExpungeReplay.Result r = ExpungeReplay.replay(11, List.of(3L, 3L, 5L, 8L));
        assertThat(r.error()).isEmpty();
        assertThat(r.removed()).containsExactly(3, 4, 7, 11);
        assertThat(ExpungeReplay.replay(2, List.of(2L, 2L)).error()).isPresent();
    }

    @Test
    void fetchDataMergesSplitResponsesAndNormalisesItemNames() {
        FetchData d = new FetchData();
        d.add(WireTokens.untagged(b("* 1 FETCH (UID 7 BODY[HEADER.FIELDS (SUBJECT DATE)] {2}\r\n\r\n)\r\n")));
        d.add(WireTokens.untagged(b("* 1 FETCH (FLAGS (\\Seen \\Flagged))\r\n")));
        assertThat(d.uid(1)).contains(7L);
        assertThat(d.flags(1)).contains(List.of("\\SEEN", "\\FLAGGED"));
        assertThat(d.item(1, "body[header.fields (date subject)]")).isPresent();
        assertThat(d.messages()).containsExactly(1L);
    }

    @Test
    void envelopeRendersAddressesAndNil() {
        Value env = WireTokens.untagged(b("* 1 FETCH (ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" "
                + "\"afternoon meeting\" ((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
                + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
                + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
                + "((NIL NIL \"mooch\" \"owatagu.siam.edu.example\")) NIL NIL NIL "
                + "\"<B27397-0100000@Blurdybloop.example>\"))\r\n")).get(2);
        Envelope e = new Envelope(((Value.ListV) env).items().get(1));
        assertThat(e.render("subject")).contains("afternoon meeting");
        assertThat(e.render("from")).contains("Fred Foobar <foobar@Blurdybloop.example>");
        assertThat(e.render("to")).contains("mooch@owatagu.siam.edu.example");
        assertThat(e.render("cc")).isEmpty();
    }

    @Test
    void bodyStructureNamesPartsAsRfc9051Sections() {
        String bs = "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 10 1)"
                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 300 (NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL)"
                + " (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1) 9) \"MIXED\"))\r\n";
        Value body = ((Value.ListV) WireTokens.untagged(b(bs)).get(2)).items().get(1);
        List<BodyStructure.Part> parts = BodyStructure.parts(body);
        assertThat(parts).extracting(BodyStructure.Part::path, BodyStructure.Part::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "MULTIPART/MIXED"),
                org.assertj.core.groups.Tuple.tuple("1", "TEXT/PLAIN"),
                org.assertj.core.groups.Tuple.tuple("2", "MESSAGE/RFC822"),
                org.assertj.core.groups.Tuple.tuple("2.1", "TEXT/PLAIN"));
        assertThat(parts.get(2).messageFieldsPresent()).isTrue();
    }

    private static final String NESTED = "From: a@b.test\r\nSubject: outer\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
            + "preamble\r\n--XX\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n"
            + "--XX\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\nFrom: c@d.test\r\n\r\ninner body\r\n"
            + "--XX--\r\n";

    @Test
    void mimeSectionsCutTheFixture() {
        byte[] m = b(NESTED);
        assertThat(new String(MimeSections.section(m, "1"), StandardCharsets.UTF_8)).isEqualTo("first part");
        assertThat(new String(MimeSections.section(m, "2"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\nFrom: c@d.test\r\n\r\ninner body");
        assertThat(new String(MimeSections.section(m, "2.HEADER"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\nFrom: c@d.test\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "2.TEXT"), StandardCharsets.UTF_8)).isEqualTo("inner body");
        // RFC 2046 5.1.1: the CRLF before a boundary delimiter belongs to the delimiter
        assertThat(new String(MimeSections.section(m, "2.1"), StandardCharsets.UTF_8)).isEqualTo("inner body");
        assertThat(new String(MimeSections.section(m, "2.MIME"), StandardCharsets.UTF_8))
                .isEqualTo("Content-Type: message/rfc822\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "2.HEADER.FIELDS (subject)"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: inner\r\n\r\n");
        assertThat(new String(MimeSections.section(m, "HEADER.FIELDS (SUBJECT)"), StandardCharsets.UTF_8))
                .isEqualTo("Subject: outer\r\n\r\n");
        assertThatThrownBy(() -> MimeSections.section(m, "3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandTemplateExpandsPlaceholders() {
        CommandTemplate.Placeholders p = new CommandTemplate.Placeholders() {
            final Map<String, MailboxName> aliases = Map.of("Work", new MailboxName("ms-Work"));

            public Optional<MailboxName> alias(String name) {
                return Optional.ofNullable(aliases.get(name));
            }

            public boolean utf8Accepted() {
                return false;
            }

            public String delimiter() {
                return "/";
            }

            public String[] account(int which) {
                return new String[] {"alice", "pw\"1"};
            }

            public String wrongPassword() {
                return "nope";
            }

            public byte[] fixture(String name) {
                return b("Subject: " + name + "\r\n\r\nx\r\n");
            }

            public long uid(int seq) {
                return 100 + seq;
            }
        };
        assertThat(CommandTemplate.expand("LIST \"\" \"$Work<delim>%\"", p))
                .containsExactly(new CommandTemplate.Text("LIST \"\" \"ms-Work/%\""));
        assertThat(CommandTemplate.expand("LOGIN <user> <password>", p))
                .containsExactly(new CommandTemplate.Text("LOGIN \"alice\" \"pw\\\"1\""));
        assertThat(CommandTemplate.expand("STORE 1 +FLAGS ($Forwarded)", p))
                .containsExactly(new CommandTemplate.Text("STORE 1 +FLAGS ($Forwarded)"));
        assertThat(CommandTemplate.expand("UID FETCH <uid:2>:<uid:3> BODY.PEEK[]<0.10>", p))
                .containsExactly(new CommandTemplate.Text("UID FETCH 102:103 BODY.PEEK[]<0.10>"));
        List<CommandTemplate.Segment> append = CommandTemplate.expand("APPEND $Work (\\Seen) <message+:plain>", p);
        assertThat(append).hasSize(2);
        assertThat(append.get(0)).isEqualTo(new CommandTemplate.Text("APPEND \"ms-Work\" (\\Seen) "));
        assertThat(((CommandTemplate.Literal) append.get(1)).nonSynchronizing()).isTrue();
        List<CommandTemplate.Segment> login = CommandTemplate.expand("SELECT <literal:$Work>", p);
        assertThat(new String(((CommandTemplate.Literal) login.get(1)).octets(), StandardCharsets.UTF_8)).isEqualTo("ms-Work");
        assertThat(CommandTemplate.expand("AUTHENTICATE PLAIN <sasl-plain>", p))
                .containsExactly(new CommandTemplate.Text("AUTHENTICATE PLAIN AGFsaWNlAHB3IjE="));
    }
}
