package org.mailspec.imap.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailspec.imap.steps.Scripted.holds;
import static org.mailspec.imap.steps.Scripted.violates;

import io.cucumber.datatable.DataTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailspec.testing.NegativeControl;

@Timeout(20)
class FetchStepsTest {

    private static DataTable table(List<List<String>> rows) {
        return DataTable.create(rows);
    }

    private static Scripted selected(String fetchAnswer) {
        return Scripted.selected(fetchAnswer);
    }

    private static final String SELECT = Scripted.SELECT;
    private static final String SELECTED = Scripted.SELECTED;

    @Test
    @NegativeControl({"FetchSteps#hasFlag", "FetchSteps#hasNoFlag"})
    void flagsAreJudged() {
        // the rule: FLAGS without \Seen after a BODY[] fetch
        try (Scripted s = selected("* 1 FETCH (FLAGS (\\Flagged))\n{tag} OK done")) {
            s.send("FETCH 1 BODY[]");
            violates(() -> s.fetch.hasFlag(1, "\\Seen"));
            holds(() -> s.fetch.hasFlag(1, "\\Flagged"));
            holds(() -> s.fetch.hasNoFlag(1, "\\Seen"));
            violates(() -> s.fetch.hasNoFlag(1, "\\Flagged"));
            violates(() -> s.fetch.hasFlag(2, "\\Flagged"));
        }
    }

    @Test
    @NegativeControl("FetchSteps#hasFlag")
    void addingIsToldApartFromReplacingByAFlagTheMessageHadBefore() {
        // store.feature seeds \Seen before STORE 1 +FLAGS (\Flagged): a server that replaces the flags drops it
        try (Scripted s = Scripted.start(SELECT, SELECTED, "STORE .*", "* 1 FETCH (FLAGS (\\Flagged))\n{tag} OK done")
                .alias("Work", "Work").loggedIn().send("SELECT $Work").send("STORE 1 +FLAGS (\\Flagged)")) {
            holds(() -> s.fetch.hasFlag(1, "\\Flagged"));
            violates(() -> s.fetch.hasFlag(1, "\\Seen"));
        }
        try (Scripted s = Scripted.start(SELECT, SELECTED, "STORE .*", "* 1 FETCH (FLAGS (\\Seen \\Flagged))\n{tag} OK done")
                .alias("Work", "Work").loggedIn().send("SELECT $Work").send("STORE 1 +FLAGS (\\Flagged)")) {
            holds(() -> s.fetch.hasFlag(1, "\\Flagged"));
            holds(() -> s.fetch.hasFlag(1, "\\Seen"));
        }
    }

    @Test
    @NegativeControl({"FetchSteps#returnsItem", "FetchSteps#returnsNoItem", "FetchSteps#returnsItems"})
    void itemsAreJudged() {
        try (Scripted s = selected("* 1 FETCH (FLAGS () RFC822.SIZE 44)\n{tag} OK done")) {
            s.send("FETCH 1 ALL");
            violates(() -> s.fetch.returnsItem("ENVELOPE", 1));
            holds(() -> s.fetch.returnsItem("RFC822.SIZE", 1));
            violates(() -> s.fetch.returnsNoItem("FLAGS", 1));
            holds(() -> s.fetch.returnsNoItem("ENVELOPE", 1));
            violates(() -> s.fetch.returnsItems(1, table(List.of(List.of("FLAGS"), List.of("INTERNALDATE")))));
            holds(() -> s.fetch.returnsItems(1, table(List.of(List.of("FLAGS"), List.of("RFC822.SIZE")))));
        }
    }

    @Test
    @NegativeControl("FetchSteps#fetchedMessages")
    void fetchedMessagesFailsOnAnExtraMessage() {
        try (Scripted s = selected("* 1 FETCH (FLAGS ())\n* 2 FETCH (FLAGS ())\n* 3 FETCH (FLAGS ())\n{tag} OK done")) {
            s.send("FETCH 3:1 FLAGS");
            holds(() -> s.fetch.fetchedMessages(List.of(1, 2, 3)));
            violates(() -> s.fetch.fetchedMessages(List.of(1, 3)));
        }
    }

    @Test
    @NegativeControl({"FetchSteps#itemIs", "FetchSteps#itemIsNil", "FetchSteps#itemLength", "FetchSteps#endsWithBlankLine"})
    void stringItemsAreJudged() {
        try (Scripted s = selected("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {14}\nSubject: x\n\n BODY[]<9> \"\" BODY[1] NIL)\n{tag} OK done")) {
            s.send("FETCH 1 (BODY.PEEK[HEADER.FIELDS (SUBJECT)] BODY.PEEK[]<9.3> BODY.PEEK[1])");
            holds(() -> s.fetch.itemIs("BODY[HEADER.FIELDS (SUBJECT)]", 1, "Subject: x\\r\\n\\r\\n"));
            violates(() -> s.fetch.itemIs("BODY[HEADER.FIELDS (SUBJECT)]", 1, "Subject: y\\r\\n\\r\\n"));
            holds(() -> s.fetch.itemIs("BODY[]<9>", 1, ""));
            holds(() -> s.fetch.itemIsNil("BODY[1]", 1));
            violates(() -> s.fetch.itemIsNil("BODY[]<9>", 1));
            holds(() -> s.fetch.itemLength("BODY[HEADER.FIELDS (SUBJECT)]", 1, 14));
            violates(() -> s.fetch.itemLength("BODY[HEADER.FIELDS (SUBJECT)]", 1, 13));
            holds(() -> s.fetch.endsWithBlankLine("BODY[HEADER.FIELDS (SUBJECT)]", 1));
        }
        try (Scripted s = selected("* 1 FETCH (BODY[HEADER] {12}\nSubject: x\n)\n{tag} OK done")) {
            s.send("FETCH 1 BODY.PEEK[HEADER]");
            violates(() -> s.fetch.endsWithBlankLine("BODY[HEADER]", 1));
        }
    }

    @Test
    @NegativeControl({"FetchSteps#itemIsFixture", "FetchSteps#itemIsSlice", "FetchSteps#sizeIs"})
    void fixtureOctetsAreJudged() {
        byte[] plain = org.mailspec.fixture.TestMessages.plain("test", 1).bytes();
        String text = new String(plain, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        String full = "{" + plain.length + "}\n" + text;
        // one octet short: the last LF of the message is missing
        String shorter = "{" + (plain.length - 2) + "}\n" + text.substring(0, text.length() - 1);
        try (Scripted bad = Scripted.start(SELECT, SELECTED,
                "FETCH 1 BODY.PEEK\\[\\]", "* 1 FETCH (BODY[] " + shorter + ")\n{tag} OK done",
                "FETCH 1 RFC822.SIZE", "* 1 FETCH (RFC822.SIZE " + (plain.length + 2) + ")\n{tag} OK done",
                "FETCH 1 BODY.PEEK\\[\\]<2.5>", "* 1 FETCH (BODY[]<2> \"xx\")\n{tag} OK done")) {
            bad.alias("Work", "Work").seededOctets("Work", "plain", plain, 11).loggedIn().send("SELECT $Work");
            bad.send("FETCH 1 BODY.PEEK[]");
            violates(() -> bad.fetch.itemIsFixture("BODY[]", 1, "plain"));
            bad.send("FETCH 1 RFC822.SIZE");
            violates(() -> bad.fetch.sizeIs(1, "plain"));
            bad.send("FETCH 1 BODY.PEEK[]<2.5>");
            violates(() -> bad.fetch.itemIsSlice("BODY[]<2>", 1, 2, 6, "plain"));
        }
        try (Scripted good = Scripted.start(SELECT, SELECTED,
                "FETCH 1 BODY.PEEK\\[\\]", "* 1 FETCH (BODY[] " + full + ")\n{tag} OK done",
                "FETCH 1 RFC822.SIZE", "* 1 FETCH (RFC822.SIZE " + plain.length + ")\n{tag} OK done",
                "FETCH 1 BODY.PEEK\\[\\]<2.5>", "* 1 FETCH (BODY[]<2> \""
                        + new String(plain, 2, 5, StandardCharsets.ISO_8859_1) + "\")\n{tag} OK done")) {
            good.alias("Work", "Work").seededOctets("Work", "plain", plain, 11).loggedIn().send("SELECT $Work");
            good.send("FETCH 1 BODY.PEEK[]");
            holds(() -> good.fetch.itemIsFixture("BODY[]", 1, "plain"));
            good.send("FETCH 1 RFC822.SIZE");
            holds(() -> good.fetch.sizeIs(1, "plain"));
            good.send("FETCH 1 BODY.PEEK[]<2.5>");
            holds(() -> good.fetch.itemIsSlice("BODY[]<2>", 1, 2, 6, "plain"));
        }
    }

    @Test
    void anEightBitMessageConvertedReversiblyToSevenBitsIsAcceptedAndSaidSo() {
        // RFC 9051 6.3.12: a server may "reversibly convert 8-bit APPEND data to 7 bits using a [MIME-IMB]
        // content transfer encoding"
        byte[] eight = org.mailspec.imap.steps.support.SevenBitConversionTest.eightBit();
        byte[] body = org.mailspec.imap.steps.support.SevenBitConversionTest.body();
        byte[] converted = org.mailspec.imap.steps.support.SevenBitConversionTest.convert("base64",
                org.mailspec.imap.steps.support.SevenBitConversionTest.base64(body));
        byte[] lossy = body.clone();
        lossy[0] = '?';
        byte[] wrong = org.mailspec.imap.steps.support.SevenBitConversionTest.convert("base64",
                org.mailspec.imap.steps.support.SevenBitConversionTest.base64(lossy));
        for (byte[] returned : new byte[][] {converted, wrong}) {
            String literal = "{" + returned.length + "}\n" + new String(returned, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            try (Scripted s = Scripted.start(SELECT, SELECTED,
                    "FETCH 1 BODY.PEEK\\[\\]", "* 1 FETCH (BODY[] " + literal + ")\n{tag} OK done")) {
                s.alias("Work", "Work").seededOctets("Work", "8bit", eight, 11).loggedIn().send("SELECT $Work");
                s.send("FETCH 1 BODY.PEEK[]");
                if (returned == converted) {
                    holds(() -> s.fetch.itemIsFixture("BODY[]", 1, "8bit"));
                    org.assertj.core.api.Assertions.assertThat(s.verdicts.transcript().render().text())
                            .contains("converted to 7 bits with Content-Transfer-Encoding: base64");
                } else {
                    violates(() -> s.fetch.itemIsFixture("BODY[]", 1, "8bit"));
                }
            }
        }
    }

    @Test
    @NegativeControl("FetchSteps#itemIsSection")
    void sectionsAreJudged() {
        byte[] nested = org.mailspec.fixture.TestMessages.nestedRfc822("test").bytes();
        String part1 = new String(org.mailspec.imap.steps.support.MimeSections.section(nested, "1"), StandardCharsets.ISO_8859_1);
        try (Scripted t = Scripted.start(SELECT, SELECTED, "FETCH .*",
                "* 1 FETCH (BODY[1] \"" + part1 + "\" BODY[2.1] \"inner plain!\")\n{tag} OK done")) {
            t.alias("Work", "Work").seededOctets("Work", "nested", nested, 11).loggedIn().send("SELECT $Work");
            t.send("FETCH 1 (BODY.PEEK[1] BODY.PEEK[2.1])");
            holds(() -> t.fetch.itemIsSection("BODY[1]", 1, "1", "nested"));
            violates(() -> t.fetch.itemIsSection("BODY[2.1]", 1, "2.1", "nested"));
        }
    }

    @Test
    @NegativeControl("FetchSteps#internalDate")
    void internalDateIsJudged() {
        try (Scripted s = selected("* 1 FETCH (INTERNALDATE \"14-Jul-2017 11:44:25 +0200\")\n{tag} OK done")) {
            s.send("FETCH 1 INTERNALDATE");
            holds(() -> s.fetch.internalDate(1, "14-Jul-2017 02:44:25 -0700"));
            violates(() -> s.fetch.internalDate(1, "14-Jul-2017 02:44:25 +0000"));
        }
    }

    private static final String ENVELOPE = "(\"Mon, 7 Feb 1994 21:52:25 -0800\" \"afternoon meeting\" "
            + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) NIL "
            + "((\"Fred Foobar\" NIL \"foobar\" \"Blurdybloop.example\")) "
            + "((NIL NIL \"mooch\" \"owatagu.siam.edu.example\")) NIL NIL NIL \"<B27397-0100000@Blurdybloop.example>\")";

    @Test
    @NegativeControl({"FetchSteps#envelopeField", "FetchSteps#envelopeNil"})
    void envelopeIsJudged() {
        // the rule broken: sender NIL although From is present
        try (Scripted s = selected("* 1 FETCH (ENVELOPE " + ENVELOPE + ")\n{tag} OK done")) {
            s.send("FETCH 1 ENVELOPE");
            holds(() -> s.fetch.envelopeField(1, "subject", "afternoon meeting"));
            holds(() -> s.fetch.envelopeField(1, "from", "Fred Foobar <foobar@Blurdybloop.example>"));
            violates(() -> s.fetch.envelopeField(1, "sender", "Fred Foobar <foobar@Blurdybloop.example>"));
            holds(() -> s.fetch.envelopeNil(1, "cc"));
            violates(() -> s.fetch.envelopeNil(1, "to"));
        }
    }

    @Test
    @NegativeControl("FetchSteps#bodyStructure")
    void bodyStructureIsJudged() {
        String good = "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 10 1)"
                + "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 44) \"MIXED\")";
        String wrongEncoding = good.replace("\"BASE64\"", "\"7BIT\"");
        List<List<String>> rows = List.of(List.of("part", "type", "encoding"), List.of("", "MULTIPART/MIXED", ""),
                List.of("1", "TEXT/PLAIN", ""), List.of("2", "APPLICATION/OCTET-STREAM", "BASE64"));
        try (Scripted s = selected("* 1 FETCH (BODYSTRUCTURE " + good + ")\n{tag} OK done")) {
            s.send("FETCH 1 BODYSTRUCTURE");
            holds(() -> s.fetch.bodyStructure(1, table(rows)));
        }
        try (Scripted s = selected("* 1 FETCH (BODYSTRUCTURE " + wrongEncoding + ")\n{tag} OK done")) {
            s.send("FETCH 1 BODYSTRUCTURE");
            violates(() -> s.fetch.bodyStructure(1, table(rows)));
        }
        // a MESSAGE/RFC822 part without its envelope, body and lines
        String bareMessage = "((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1)(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 300) \"MIXED\")";
        try (Scripted s = selected("* 1 FETCH (BODYSTRUCTURE " + bareMessage + ")\n{tag} OK done")) {
            s.send("FETCH 1 BODYSTRUCTURE");
            violates(() -> s.fetch.bodyStructure(1, table(List.of(List.of("part", "type"), List.of("2", "MESSAGE/RFC822")))));
        }
    }

    /** $Work selected, its message 1 the multipart fixture, FETCH answered with {@code answer}. */
    private static Scripted multipartSelected(String answer) {
        Scripted s = Scripted.start(Scripted.SELECT, Scripted.SELECTED, "FETCH .*", answer);
        s.alias("Work", "Work").seeded("Work", "multipart", 11).loggedIn().send("SELECT $Work");
        return s;
    }

    /** The multipart fixture's BODYSTRUCTURE with these sizes: text part octets and lines, attachment octets. */
    private static String multipartStructure(long textOctets, long textLines, long attachmentOctets) {
        return "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" " + textOctets + " "
                + textLines + ")(\"APPLICATION\" \"OCTET-STREAM\" (\"NAME\" \"data.bin\") NIL NIL \"BASE64\" "
                + attachmentOctets + ") \"MIXED\"))\n{tag} OK done";
    }

    @Test
    @NegativeControl("FetchSteps#bodyStructureSizes")
    void bodyStructureSizesAreJudgedAgainstTheSeededMessage() {
        // the fixture's text part is "The text part." (14 octets; its CRLF belongs to the boundary: 0 or 1
        // lines), its attachment 44 octets of base64
        byte[] fixture = org.mailspec.fixture.TestMessages.multipart("test").bytes();
        long text = org.mailspec.imap.steps.support.MimeSections.section(fixture, "1").length;
        long attachment = org.mailspec.imap.steps.support.MimeSections.section(fixture, "2").length;
        assertThat(text).isEqualTo(14);
        assertThat(attachment).isEqualTo(44);
        for (String right : new String[] {multipartStructure(text, 1, attachment), multipartStructure(text, 0, attachment)}) {
            try (Scripted s = multipartSelected(right)) {
                s.send("FETCH 1 BODYSTRUCTURE");
                holds(() -> s.fetch.bodyStructureSizes(1, "multipart"));
            }
        }
        for (String wrong : new String[] {multipartStructure(text + 1, 1, attachment),
            multipartStructure(text, 1, attachment + 1), multipartStructure(text, 2, attachment),
            multipartStructure(text + 2, 1, attachment)}) {
            try (Scripted s = multipartSelected(wrong)) {
                s.send("FETCH 1 BODYSTRUCTURE");
                violates(() -> s.fetch.bodyStructureSizes(1, "multipart"));
            }
        }
    }

    @Test
    @NegativeControl("FetchSteps#expunged")
    void expungeRenumberingIsJudged() {
        // messages 2 and 3 deleted: "* 2 EXPUNGE" twice is right; "* 2 EXPUNGE" "* 3 EXPUNGE" is the classic mistake
        try (Scripted s = selected("* 2 EXPUNGE\n* 3 EXPUNGE\n{tag} OK done")) {
            s.send("EXPUNGE");
            violates(() -> s.fetch.expunged(List.of(2, 3)));
        }
        try (Scripted s = selected("* 2 EXPUNGE\n* 2 EXPUNGE\n{tag} OK done")) {
            s.send("EXPUNGE");
            holds(() -> s.fetch.expunged(List.of(2, 3)));
        }
        try (Scripted s = selected("* 3 EXPUNGE\n* 2 EXPUNGE\n{tag} OK done")) {
            s.send("EXPUNGE");
            holds(() -> s.fetch.expunged(List.of(2, 3)));
        }
    }
}
