package org.mailspec.imap.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailspec.imap.parse.ImapResponseParser;

/** What the typed model says of names: mailbox names in their wire forms, response and item names. */
class NamesTest {

    private static UntaggedResponse parse(String line) throws Exception {
        return (UntaggedResponse) ImapResponseParser.strict().parse((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
            "Entwürfe | Entw&APw-rfe",
            "Tom & Jerry | Tom &- Jerry",
            "~peter/mail/台北/日本語 | ~peter/mail/&U,BTFw-/&ZeVnLIqe-",
            "plain | plain"})
    void modifiedUtf7RoundTripsRfc3501Examples(String unicode, String wire) {
        assertThat(ModifiedUtf7.encode(unicode)).isEqualTo(wire);
        assertThat(ModifiedUtf7.decode(wire)).contains(unicode);
    }

    @Test
    void modifiedUtf7RefusesBrokenShifts() {
        assertThat(ModifiedUtf7.decode("Entw&APw")).isEmpty();
        assertThat(ModifiedUtf7.decode("a&!!-")).isEmpty();
        assertThat(ModifiedUtf7.decode("Entwürfe")).isEmpty();
    }

    @Test
    void aMailboxNameAsSentNamesItsUnicodeMailbox() {
        assertThat(MailboxName.encode("Entwürfe", false)).isEqualTo(MailboxName.of("Entw&APw-rfe"));
        assertThat(MailboxName.encode("Entwürfe", true).name()).isEqualTo("Entwürfe");
        assertThat(MailboxName.of("Entw&APw-rfe").names("Entwürfe")).isTrue();
        assertThat(MailboxName.of("Entwürfe").names("Entwürfe")).isTrue();
        assertThat(MailboxName.of("iNbOx").names("INBOX")).isTrue();
        assertThat(MailboxName.of("Entw&APw-rfe2").names("Entwürfe")).isFalse();
        assertThat(MailboxName.of("WORK").names("Work")).isFalse();
        assertThat(MailboxName.of("Entw&APw-rfe").isModifiedUtf7Of("Entwürfe")).isTrue();
        assertThat(MailboxName.of("Entw&APw-rfe").isUtf8Of("Entwürfe")).isFalse();
        assertThat(MailboxName.of("Entwürfe").isUtf8Of("Entwürfe")).isTrue();
        assertThat(MailboxName.of("Entwürfe").isModifiedUtf7Of("Entwürfe")).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "* OK [UIDNEXT 5] next | OK",
            "* BYE going | BYE",
            "* CAPABILITY IMAP4rev2 IDLE | CAPABILITY",
            "* ENABLED CONDSTORE | ENABLED",
            "* LIST () \"/\" Work | LIST",
            "* LSUB () \"/\" Work | LSUB",
            "* NAMESPACE ((\"\" \"/\")) NIL NIL | NAMESPACE",
            "* STATUS Work (MESSAGES 1) | STATUS",
            "* SEARCH 1 2 | SEARCH",
            "* ESEARCH (TAG \"A1\") ALL 1:2 | ESEARCH",
            "* FLAGS (\\Seen) | FLAGS",
            "* 3 EXISTS | EXISTS",
            "* 1 RECENT | RECENT",
            "* 2 EXPUNGE | EXPUNGE",
            "* VANISHED 4:5 | VANISHED",
            "* 1 FETCH (UID 4) | FETCH",
            "* ID (\"name\" \"x\") | ID"})
    void everyUntaggedResponseSaysItsName(String line, String name) throws Exception {
        assertThat(parse(line).responseName()).isEqualTo(name);
    }

    @Test
    void fetchItemsSayTheirNamesAndAnswerTheNamesClientsWrite() throws Exception {
        FetchData f = (FetchData) parse("* 1 FETCH (UID 7 FLAGS (\\Seen) RFC822.SIZE 4 "
                + "BODY[HEADER.FIELDS (SUBJECT DATE)] {2}\r\n\r\n BODY[]<0> \"ab\" BODY[1.MIME] NIL BINARY[2] \"x\" "
                + "BINARY.SIZE[2] 1 MODSEQ (9))");
        assertThat(f.items().stream().map(FetchItem::name).toList()).containsExactly("UID", "FLAGS", "RFC822.SIZE",
                "BODY[HEADER.FIELDS (SUBJECT DATE)]", "BODY[]<0>", "BODY[1.MIME]", "BINARY[2]", "BINARY.SIZE[2]", "MODSEQ");
        FetchItem fields = f.items().get(3);
        assertThat(fields.named("body.peek[header.fields (date  subject)]")).isTrue();
        assertThat(fields.named("BODY[HEADER.FIELDS (SUBJECT)]")).isFalse();
        assertThat(f.items().get(4).named("BODY[]<0>")).isTrue();
        assertThat(f.items().get(4).named("BODY[]")).isFalse();
        assertThat(f.items().get(0).named("uid")).isTrue();
        assertThat(FetchItem.normalName("body.peek[header.fields (subject date)]<0>"))
                .isEqualTo("BODY[HEADER.FIELDS (DATE SUBJECT)]<0>");
        assertThat(List.of(new FetchItem.Other("X-GM-MSGID", "1")).get(0).name()).isEqualTo("X-GM-MSGID");
    }
}
