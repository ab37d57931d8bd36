package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailspec.imap.response.CapabilityData;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.Unknown;
import org.mailspec.imap.response.UntaggedStatus;

/** The lenient parser reads what servers bend and lists each slip; a strict parse fails on the first. */
class LenientModeTest {
    private final ImapResponseParser lenient = ImapResponseParser.lenient();
    private final ImapResponseParser strict = ImapResponseParser.strict();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void loneLfIsToleratedAndReported() throws Exception {
        Parsed p = lenient.parseWithDeviations(b("* 3 EXISTS\n"));
        assertThat(p.response()).isEqualTo(p.response()).isInstanceOf(Exists.class);
        assertThat(((Exists) p.response()).count()).isEqualTo(3);
        assertThat(p.deviations()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("response > response-data");
            assertThat(d.offset()).isEqualTo(10);
            assertThat(d.message()).contains("lone LF");
        });
        assertThat(p.isStrictlyValid()).isFalse();
        assertThatThrownBy(() -> strict.parse(b("* 3 EXISTS\n"))).isInstanceOf(ImapSyntaxException.class);
        assertThat(lenient.parse(b("* 3 EXISTS\n"))).isInstanceOf(Exists.class);
    }

    @Test
    void everySlipIsListedNotJustTheFirst() throws Exception {
        Parsed p = lenient.parseWithDeviations(b("a1  OK [READ-WRITE]\n"));
        TaggedResponse t = (TaggedResponse) p.response();
        assertThat(t.status()).isEqualTo(Status.OK);
        assertThat(t.text().code()).contains(ResponseCode.Simple.READ_WRITE);
        assertThat(p.deviations()).extracting(Deviation::offset).containsExactly(3, 19, 19);
        assertThat(p.deviations()).extracting(Deviation::message)
                .anySatisfy(m -> assertThat(m).contains("extra SP"))
                .anySatisfy(m -> assertThat(m).contains("SP must follow \"]\""))
                .anySatisfy(m -> assertThat(m).contains("lone LF"));
    }

    @Test
    void missingTextAfterStatusAndTrailingSpaces() throws Exception {
        Parsed ok = lenient.parseWithDeviations(b("a1 OK\r\n"));
        assertThat(((TaggedResponse) ok.response()).text().text()).isEmpty();
        assertThat(ok.deviations()).singleElement().extracting(Deviation::message).asString()
                .contains("SP and resp-text must follow the status word");
        Parsed trailing = lenient.parseWithDeviations(b("* SEARCH 1 2 \r\n"));
        assertThat(trailing.deviations()).singleElement().extracting(Deviation::message).asString().contains("trailing SP before CRLF");
        Parsed plus = lenient.parseWithDeviations(b("+\r\n"));
        assertThat(plus.response()).isInstanceOf(ContinuationRequest.class);
    }

    @Test
    void lowerCaseKeywordsAreValidEvenStrictly() throws Exception {
        // RFC 9051 section 9, note 1: implementations MUST accept keywords case-insensitively
        assertThat(strict.parse(b("* ok [uidvalidity 5] fine\r\n"))).isInstanceOf(UntaggedStatus.class);
        assertThat(strict.parse(b("* 2 fetch (uid 5 flags (\\seen))\r\n"))).isInstanceOf(FetchData.class);
        assertThat(((CapabilityData) strict.parse(b("* capability imap4rev1\r\n"))).capabilities()).containsExactly("imap4rev1");
    }

    @Test
    void unknownResponsesAndItemsAreKept() throws Exception {
        Parsed unknown = lenient.parseWithDeviations(b("* FOO bar (baz)\r\n"));
        assertThat(unknown.response()).isEqualTo(unknown.response()).isInstanceOf(Unknown.class);
        assertThat(((Unknown) unknown.response()).name()).isEqualTo("FOO");
        assertThat(unknown.deviations()).hasSize(1);

        Parsed item = lenient.parseWithDeviations(b("* 1 FETCH (X-GM-MSGID 1278455344230334865 UID 8 X-GM-LABELS (\\Inbox \"x y\"))\r\n"));
        FetchData f = (FetchData) item.response();
        assertThat(f.uid()).hasValue(8);
        assertThat(f.items(FetchItem.Other.class)).extracting(FetchItem.Other::name).containsExactly("X-GM-MSGID", "X-GM-LABELS");
        assertThat(f.items(FetchItem.Other.class).get(1).value()).isEqualTo("(\\Inbox \"x y\")");
        assertThat(item.deviations()).hasSize(2);
    }

    @Test
    void experimentalAndRegisteredExtensionResponsesPassStrictly() throws Exception {
        assertThat(strict.parse(b("* ID (\"name\" \"Dovecot\")\r\n"))).isInstanceOf(Unknown.class);
        assertThat(strict.parse(b("* QUOTAROOT INBOX \"\"\r\n"))).isInstanceOf(Unknown.class);
        assertThat(strict.parse(b("* THREAD (2)(3 6 (4 23)(44 7 96))\r\n"))).isInstanceOf(Unknown.class);
        assertThat(strict.parse(b("* 5 XFOO bar\r\n"))).isInstanceOf(Unknown.class);
        assertThatThrownBy(() -> strict.parse(b("* ID (\"name\" \"Dovecot\"\r\n")))
                .isInstanceOf(ImapSyntaxException.class).hasMessageContaining("unbalanced \"(\"");
    }

    @Test
    void aBrokenResponseCodeDegradesToOther() throws Exception {
        Parsed p = lenient.parseWithDeviations(b("* OK [UIDVALIDITY abc] odd\r\n"));
        UntaggedStatus s = (UntaggedStatus) p.response();
        assertThat(s.text().code()).contains(new ResponseCode.Other("UIDVALIDITY", java.util.Optional.of("abc")));
        assertThat(p.deviations()).singleElement().extracting(Deviation::rule).isEqualTo(
                "response > response-data > resp-cond-state > resp-text > resp-text-code");
    }

    @Test
    void anUnreadableUntaggedResponseBecomesUnknown() throws Exception {
        Parsed p = lenient.parseWithDeviations(b("* 1 FETCH (UID 4294967296 FLAGS (\\Seen))\r\n"));
        assertThat(p.response()).isInstanceOf(Unknown.class);
        assertThat(((Unknown) p.response()).name()).isEqualTo("FETCH");
        assertThat(p.deviations()).singleElement().extracting(Deviation::offset).isEqualTo(15);
    }

    @Test
    void framesThatCannotBeReadFailEvenLeniently() {
        assertThatThrownBy(() -> lenient.parseWithDeviations(b("* 3 EXISTS\r\ngarbage")))
                .isInstanceOf(ImapSyntaxException.class).hasMessageContaining("garbage after CRLF");
        assertThatThrownBy(() -> lenient.parseWithDeviations(b("a1 MAYBE\r\n"))).isInstanceOf(ImapSyntaxException.class);
    }

    @Test
    void greetingDeviations() throws Exception {
        Parsed p = lenient.parseGreetingWithDeviations(b("* OK  IMAP ready\n"));
        assertThat(p.deviations()).extracting(Deviation::message).singleElement().asString().contains("lone LF");
        assertThat(p.response()).isInstanceOf(org.mailspec.imap.response.Greeting.class);
    }
}
