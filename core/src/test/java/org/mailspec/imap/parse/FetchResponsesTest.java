package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailspec.imap.parse.Frames.frame;
import static org.mailspec.imap.parse.Frames.lit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailspec.imap.response.Address;
import org.mailspec.imap.response.BodyStructure;
import org.mailspec.imap.response.Envelope;
import org.mailspec.imap.response.ExtensionValue;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.ImapString;
import org.mailspec.imap.response.Section;

/** FETCH: every msg-att, envelopes, body structures, sections, literals. */
class FetchResponsesTest {
    private final ImapResponseParser parser = ImapResponseParser.strict();

    private FetchData fetch(String... parts) throws ImapSyntaxException {
        return (FetchData) parser.parse(frame(parts));
    }

    static final String RFC_ENVELOPE = "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\""
            + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
            + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\"))"
            + " ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL"
            + " \"<B27397-0100000@cac.washington.edu>\")";

    @Test
    void rfcSampleFetchFull() throws Exception {
        FetchData f = fetch("* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 ENVELOPE ",
                RFC_ENVELOPE, " BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))");
        assertThat(f.seq()).isEqualTo(12);
        assertThat(f.flags()).contains(List.of(Flag.SEEN));
        FetchItem.InternalDate date = f.internalDate().orElseThrow();
        assertThat(date.dateTime()).isEqualTo(OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.ofHours(-7)));
        assertThat(date.raw()).isEqualTo("17-Jul-1996 02:44:25 -0700");
        assertThat(f.rfc822Size()).hasValue(4286);

        Envelope e = f.envelope().orElseThrow();
        assertThat(e.date()).contains("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)");
        assertThat(e.subject()).contains("IMAP4rev1 WG mtg summary and minutes");
        assertThat(e.from()).containsExactly(new Address(java.util.Optional.of("Terry Gray"), java.util.Optional.empty(),
                java.util.Optional.of("gray"), java.util.Optional.of("cac.washington.edu")));
        assertThat(e.cc()).hasSize(2);
        assertThat(Envelope.format(e.cc())).isEqualTo("minutes@CNRI.Reston.VA.US, \"John Klensin\" <KLENSIN@MIT.EDU>".replace("\"John Klensin\"", "John Klensin"));
        assertThat(e.bcc()).isEmpty();
        assertThat(e.inReplyTo()).isEmpty();
        assertThat(e.messageId()).contains("<B27397-0100000@cac.washington.edu>");
        assertThat(e.from().get(0).format()).isEqualTo("Terry Gray <gray@cac.washington.edu>");

        BodyStructure.Text body = (BodyStructure.Text) f.bodyStructure().orElseThrow();
        assertThat(f.item(FetchItem.BodyItem.class)).isPresent();
        assertThat(body.mimeType()).isEqualTo("text/plain");
        assertThat(body.fields().param("charset")).contains("US-ASCII");
        assertThat(body.fields().encoding()).isEqualTo("7BIT");
        assertThat(body.fields().octets()).isEqualTo(3028);
        assertThat(body.lines()).isEqualTo(92);
        assertThat(body.extension()).isEmpty();
        assertThat(body.part("1")).containsSame(body);
    }

    @Test
    void envelopeWithNilEverywhereAndGroups() throws Exception {
        FetchData f = fetch("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL ((NIL NIL \"team\" NIL)(\"A\" NIL \"a\" \"x.org\")",
                "(NIL NIL \"b\" \"y.org\")(NIL NIL NIL NIL)(NIL NIL \"c\" \"z.org\")) NIL NIL NIL NIL))");
        Envelope e = f.envelope().orElseThrow();
        assertThat(e.date()).isEmpty();
        assertThat(e.subject()).isEmpty();
        assertThat(e.from()).isEmpty();
        assertThat(e.to().get(0).isGroupStart()).isTrue();
        assertThat(e.to().get(3).isGroupEnd()).isTrue();
        assertThat(Envelope.format(e.to())).isEqualTo("team: A <a@x.org>, b@y.org;, c@z.org");
        assertThat(e.messageId()).isEmpty();
    }

    @Test
    void bodySectionLiteralIsByteExact() throws Exception {
        String header = "Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\r\nSubject: caf\u00e9\r\n\r\n";
        FetchData f = fetch("* 12 FETCH (BODY[HEADER] ", lit(header), " UID 7)");
        FetchItem.BodySection s = f.bodySection("HEADER").orElseThrow();
        assertThat(s.section().text()).isEqualTo(Section.Text.HEADER);
        assertThat(s.origin()).isEmpty();
        ImapString data = s.data().orElseThrow();
        assertThat(data.form()).isEqualTo(ImapString.Form.LITERAL);
        assertThat(data.bytes()).isEqualTo(header.getBytes(StandardCharsets.UTF_8));
        assertThat(data.asString()).isEqualTo(header);
        assertThat(f.uid()).hasValue(7);
    }

    @Test
    void sectionSpecsAndOrigins() throws Exception {
        FetchData f = fetch("* 3 FETCH (BODY[1.2.HEADER.FIELDS (DATE \"FROM\")]<0> {3}\r\nabc BODY[] NIL BODY[2.MIME] \"x\"",
                " BODY[TEXT]<100> \"\" BODY[4.1.HEADER.FIELDS.NOT (Received)] \"y\" BODY[3] {0}\r\n)");
        List<FetchItem.BodySection> sections = f.items(FetchItem.BodySection.class);
        assertThat(sections).hasSize(6);
        FetchItem.BodySection first = sections.get(0);
        assertThat(first.section().part()).containsExactly(1, 2);
        assertThat(first.section().text()).isEqualTo(Section.Text.HEADER_FIELDS);
        assertThat(first.section().fields()).containsExactly("DATE", "FROM");
        assertThat(first.section().spec()).isEqualTo("1.2.HEADER.FIELDS (DATE FROM)");
        assertThat(first.origin()).hasValue(0);
        assertThat(f.bodySection("")).hasValueSatisfying(b -> assertThat(b.data()).isEmpty());
        assertThat(f.bodySection("2.mime")).isPresent();
        assertThat(sections.get(3).origin()).hasValue(100);
        assertThat(sections.get(4).section().text()).isEqualTo(Section.Text.HEADER_FIELDS_NOT);
        assertThat(f.bodySection("3").orElseThrow().data().orElseThrow().length()).isZero();
    }

    @Test
    void binaryLiteral8MayCarryNul() throws Exception {
        byte[] frame = concat(bytes("* 2 FETCH (BINARY[1] ~{4}\r\n"), new byte[] {0, 1, (byte) 0xff, 0}, bytes(" BINARY.SIZE[1] 4 BINARY[2]<0> \"hi\")\r\n"));
        FetchData f = (FetchData) parser.parse(frame);
        FetchItem.Binary b = f.item(FetchItem.Binary.class).orElseThrow();
        assertThat(b.part()).containsExactly(1);
        assertThat(b.data().orElseThrow().form()).isEqualTo(ImapString.Form.LITERAL8);
        assertThat(b.data().orElseThrow().bytes()).containsExactly(0, 1, 0xff, 0);
        assertThat(f.item(FetchItem.BinarySize.class).orElseThrow().size()).isEqualTo(4);
        assertThat(f.items(FetchItem.Binary.class).get(1).origin()).hasValue(0);
    }

    @Test
    void rfc822ItemsModseqAndObjectIds() throws Exception {
        FetchData f = fetch("* 4 FETCH (RFC822 ", lit("Subject: x\r\n\r\nbody"), " RFC822.HEADER NIL RFC822.TEXT \"t\"",
                " MODSEQ (12121231000) EMAILID (M6d99ac3275bb4e) THREADID NIL UID 4294967295 FLAGS (\\Recent $Junk))");
        assertThat(f.item(FetchItem.Rfc822.class).orElseThrow().data().orElseThrow().asString()).isEqualTo("Subject: x\r\n\r\nbody");
        assertThat(f.item(FetchItem.Rfc822Header.class).orElseThrow().data()).isEmpty();
        assertThat(f.item(FetchItem.Rfc822Text.class).orElseThrow().data().orElseThrow().asString()).isEqualTo("t");
        assertThat(f.modSeq()).hasValue(12121231000L);
        assertThat(f.item(FetchItem.EmailId.class).orElseThrow().id()).isEqualTo("M6d99ac3275bb4e");
        assertThat(f.item(FetchItem.ThreadId.class).orElseThrow().id()).isEmpty();
        assertThat(f.uid()).hasValue(4294967295L);
        assertThat(f.flags().orElseThrow()).containsExactly(Flag.RECENT, Flag.of("$Junk"));
    }

    /** A Dovecot-style BODYSTRUCTURE: mixed( alternative(text, html), message/rfc822( related(text, image) ), pdf ). */
    static final String NESTED = "(((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 26 2 NIL NIL NIL NIL)"
            + "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 150 4 NIL NIL NIL NIL)"
            + " \"alternative\" (\"boundary\" \"b2\") NIL NIL NIL)"
            + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 456 (\"Mon, 1 Jan 2024 00:00:00 +0000\" \"inner\""
            + " ((\"A\" NIL \"a\" \"example.com\")) ((\"A\" NIL \"a\" \"example.com\")) ((\"A\" NIL \"a\" \"example.com\"))"
            + " ((NIL NIL \"b\" \"example.com\")) NIL NIL NIL \"<inner@example.com>\")"
            + " ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)"
            + "(\"image\" \"png\" (\"name\" \"x.png\") \"<img1>\" \"a picture\" \"base64\" 200 \"Q2hlY2sgSW50ZWdyaXR5IQ==\""
            + " (\"inline\" (\"filename\" \"x.png\")) (\"en\" \"de\") \"http://example.com/x.png\" 42 (1 \"two\" NIL))"
            + " \"related\" (\"boundary\" \"in\") NIL \"fr\" NIL) 20 NIL (\"attachment\" NIL) NIL NIL)"
            + "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 1024 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL)"
            + " \"mixed\" (\"boundary\" \"b1\") NIL NIL NIL)";

    @Test
    void nestedBodyStructureWithExtensionData() throws Exception {
        FetchData f = fetch("* 1 FETCH (UID 5 BODYSTRUCTURE ", NESTED, ")");
        BodyStructure.Multipart mixed = (BodyStructure.Multipart) f.bodyStructure().orElseThrow();
        assertThat(mixed.mimeType()).isEqualTo("multipart/mixed");
        assertThat(mixed.parts()).hasSize(3);
        assertThat(mixed.extension().orElseThrow().param("BOUNDARY")).contains("b1");

        BodyStructure.Multipart alternative = (BodyStructure.Multipart) mixed.part("1").orElseThrow();
        assertThat(alternative.subtype()).isEqualTo("alternative");
        BodyStructure.Text html = (BodyStructure.Text) mixed.part("1.2").orElseThrow();
        assertThat(html.mimeType()).isEqualTo("text/html");
        assertThat(html.lines()).isEqualTo(4);
        assertThat(html.extension().orElseThrow().md5()).isEmpty();

        BodyStructure.Message message = (BodyStructure.Message) mixed.part("2").orElseThrow();
        assertThat(message.envelope().subject()).contains("inner");
        assertThat(message.lines()).isEqualTo(20);
        assertThat(message.extension().orElseThrow().disposition().orElseThrow().type()).isEqualTo("attachment");
        assertThat(message.extension().orElseThrow().disposition().orElseThrow().params()).isEmpty();
        assertThat(mixed.part("2.1")).get().extracting(BodyStructure::mimeType).isEqualTo("text/plain");

        BodyStructure.Basic png = (BodyStructure.Basic) mixed.part("2.2").orElseThrow();
        assertThat(png.fields().id()).contains("<img1>");
        assertThat(png.fields().description()).contains("a picture");
        BodyStructure.SinglePartExtension ext = png.extension().orElseThrow();
        assertThat(ext.md5()).contains("Q2hlY2sgSW50ZWdyaXR5IQ==");
        assertThat(ext.disposition().orElseThrow().param("FILENAME")).contains("x.png");
        assertThat(ext.language()).containsExactly("en", "de");
        assertThat(ext.location()).contains("http://example.com/x.png");
        assertThat(ext.further()).hasSize(2);
        assertThat(ext.further().get(0)).isEqualTo(new ExtensionValue.Number(42));
        assertThat(ext.further().get(1)).isInstanceOf(ExtensionValue.ListValue.class);

        BodyStructure.Multipart related = (BodyStructure.Multipart) message.body();
        assertThat(related.extension().orElseThrow().language()).containsExactly("fr");

        assertThat(mixed.part("3")).get().extracting(BodyStructure::mimeType).isEqualTo("application/pdf");
        assertThat(mixed.part("4")).isEmpty();
        assertThat(mixed.part("3.1")).isEmpty();
        assertThat(mixed.part("1.2.1")).isEmpty();
        assertThat(mixed.part("x")).isEmpty();
        assertThat(mixed.part("")).containsSame(mixed);
    }

    @Test
    void deeplyNestedMultipart() throws Exception {
        String leaf = "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)";
        String body = leaf;
        for (int i = 0; i < 20; i++) {
            body = "(" + body + " \"mixed\")";
        }
        FetchData f = fetch("* 1 FETCH (BODY ", body, ")");
        String path = "1" + ".1".repeat(19);
        assertThat(f.bodyStructure().orElseThrow().part(path + ".1")).isEmpty();
        assertThat(f.bodyStructure().orElseThrow().part(path)).get().extracting(BodyStructure::mimeType).isEqualTo("text/plain");
    }

    @Test
    void singlePartMessageRfc822AtTopLevel() throws Exception {
        FetchData f = fetch("* 1 FETCH (BODY (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 100 ", RFC_ENVELOPE,
                " (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 20 2) 5))");
        BodyStructure top = f.bodyStructure().orElseThrow();
        assertThat(top.part("1")).containsSame(top);
        assertThat(top.part("1.1")).get().extracting(BodyStructure::mimeType).isEqualTo("text/plain");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
