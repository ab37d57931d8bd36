package org.mailspec.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailspec.imap.parse.Frames.frame;
import static org.mailspec.imap.parse.Frames.lit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailspec.imap.response.CapabilityData;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.ESearchData;
import org.mailspec.imap.response.EnabledData;
import org.mailspec.imap.response.Exists;
import org.mailspec.imap.response.Expunge;
import org.mailspec.imap.response.ExtensionValue;
import org.mailspec.imap.response.Flag;
import org.mailspec.imap.response.FlagsData;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.MailboxList;
import org.mailspec.imap.response.MailboxName;
import org.mailspec.imap.response.NamespaceData;
import org.mailspec.imap.response.Recent;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.imap.response.SearchData;
import org.mailspec.imap.response.SequenceSet;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.StatusData;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.imap.response.Vanished;

/** The typed model: status responses, response codes, and server and mailbox data. */
class TypedResponsesTest {
    private final ImapResponseParser parser = ImapResponseParser.strict();

    private Response parse(String line) throws ImapSyntaxException {
        return parser.parse(frame(line));
    }

    private ResponseCode code(String line) throws ImapSyntaxException {
        Response r = parse(line);
        return (r instanceof TaggedResponse t ? t.text() : ((UntaggedStatus) r).text()).code().orElseThrow();
    }

    @Test
    void greetingCarriesStatusCodeAndText() throws Exception {
        Greeting g = parser.parseGreeting(frame("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] Dovecot ready."));
        assertThat(g.status()).isEqualTo(Status.OK);
        assertThat(g.text().text()).isEqualTo("Dovecot ready.");
        ResponseCode.Capability caps = g.text().code(ResponseCode.Capability.class).orElseThrow();
        assertThat(caps.capabilities()).containsExactly("IMAP4rev1", "STARTTLS", "AUTH=PLAIN", "LOGINDISABLED");
        assertThat(caps.has("auth=plain")).isTrue();
        assertThat(parser.parseGreeting(frame("* PREAUTH IMAP4rev2 logged in")).status()).isEqualTo(Status.PREAUTH);
        assertThat(parser.parseGreeting(frame("* BYE Too many connections")).status()).isEqualTo(Status.BYE);
    }

    @Test
    void taggedResponseKeepsTagStatusCodeAndText() throws Exception {
        TaggedResponse t = (TaggedResponse) parse("A142 OK [READ-WRITE] SELECT completed");
        assertThat(t.tag()).isEqualTo("A142");
        assertThat(t.status()).isEqualTo(Status.OK);
        assertThat(t.isOk()).isTrue();
        assertThat(t.text().code()).contains(ResponseCode.Simple.READ_WRITE);
        assertThat(t.text().hasCode("read-write")).isTrue();
        assertThat(t.text().text()).isEqualTo("SELECT completed");
        assertThat(((TaggedResponse) parse("a1 bad oops")).status()).as("status words are case-insensitive").isEqualTo(Status.BAD);
        assertThat(((TaggedResponse) parse("t] NO x")).tag()).as("\"]\" is an ASTRING-CHAR").isEqualTo("t]");
    }

    @Test
    void emptyTextIsAllowedByRfc9051() throws Exception {
        TaggedResponse t = (TaggedResponse) parse("a1 OK ");
        assertThat(t.text().text()).isEmpty();
        assertThat(t.text().code()).isEmpty();
        TaggedResponse withCode = (TaggedResponse) parse("a1 OK [READ-ONLY] ");
        assertThat(withCode.text().code()).contains(ResponseCode.Simple.READ_ONLY);
    }

    @Test
    void everySimpleResponseCodeIsTyped() throws Exception {
        for (ResponseCode.Simple s : ResponseCode.Simple.values()) {
            assertThat(code("a NO [" + s.atom() + "] text")).as(s.atom()).isEqualTo(s);
        }
    }

    @Test
    void responseCodesWithArguments() throws Exception {
        assertThat(code("* OK [UIDVALIDITY 3857529045] UIDs valid")).isEqualTo(new ResponseCode.UidValidity(3857529045L));
        assertThat(code("* OK [UIDNEXT 4392] Predicted next UID")).isEqualTo(new ResponseCode.UidNext(4392));
        assertThat(code("* OK [UNSEEN 12] first unseen")).isEqualTo(new ResponseCode.Unseen(12));
        assertThat(code("* OK [HIGHESTMODSEQ 715194045007] Highest")).isEqualTo(new ResponseCode.HighestModSeq(715194045007L));

        ResponseCode.PermanentFlags perm = (ResponseCode.PermanentFlags) code("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited");
        assertThat(perm.flags()).containsExactly(Flag.DELETED, Flag.SEEN, Flag.ANY_KEYWORD);
        assertThat(perm.allowsNewKeywords()).isTrue();
        assertThat(((ResponseCode.PermanentFlags) code("* OK [PERMANENTFLAGS ()] None")).flags()).isEmpty();

        ResponseCode.BadCharset bad = (ResponseCode.BadCharset) code("a NO [BADCHARSET (US-ASCII \"UTF-8\")] no");
        assertThat(bad.charsets()).containsExactly("US-ASCII", "UTF-8");
        assertThat(((ResponseCode.BadCharset) code("a NO [BADCHARSET] no")).charsets()).isEmpty();

        ResponseCode.AppendUid append = (ResponseCode.AppendUid) code("A003 OK [APPENDUID 38505 3955] APPEND completed");
        assertThat(append.uidValidity()).isEqualTo(38505);
        assertThat(append.uids().numbers()).containsExactly(3955L);

        ResponseCode.CopyUid copy = (ResponseCode.CopyUid) code("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done");
        assertThat(copy.sourceUids().numbers()).containsExactly(304L, 319L, 320L);
        assertThat(copy.destinationUids().numbers()).containsExactly(3956L, 3957L, 3958L);
        assertThat(copy.sourceUids()).hasToString("304,319:320");

        ResponseCode.Modified modified = (ResponseCode.Modified) code("d105 OK [MODIFIED 7,9] Conditional STORE failed");
        assertThat(modified.messages().numbers()).containsExactly(7L, 9L);
    }

    @Test
    void unknownResponseCodesAreKeptNotDropped() throws Exception {
        assertThat(code("a NO [REFERRAL imap://user@host/INBOX] try there"))
                .isEqualTo(new ResponseCode.Other("REFERRAL", Optional.of("imap://user@host/INBOX")));
        assertThat(code("* OK [XAPPLEPUSHSERVICE] go")).isEqualTo(new ResponseCode.Other("XAPPLEPUSHSERVICE", Optional.empty()));
        assertThat(code("* OK [x-custom 1 2 3] text").is("X-CUSTOM")).isTrue();
    }

    @Test
    void untaggedStatusResponses() throws Exception {
        UntaggedStatus bye = (UntaggedStatus) parse("* BYE Autologout; idle for too long");
        assertThat(bye.status()).isEqualTo(Status.BYE);
        assertThat(bye.text().text()).isEqualTo("Autologout; idle for too long");
        UntaggedStatus alert = (UntaggedStatus) parse("* OK [ALERT] System shutdown in 10 minutes");
        assertThat(alert.text().code()).contains(ResponseCode.Simple.ALERT);
    }

    @Test
    void capabilityAndEnabled() throws Exception {
        CapabilityData caps = (CapabilityData) parse("* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED");
        assertThat(caps.capabilities()).containsExactly("IMAP4rev1", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED");
        assertThat(caps.has("starttls")).isTrue();
        EnabledData enabled = (EnabledData) parse("* ENABLED CONDSTORE QRESYNC");
        assertThat(enabled.capabilities()).containsExactly("CONDSTORE", "QRESYNC");
        assertThat(((EnabledData) parse("* ENABLED")).capabilities()).isEmpty();
    }

    @Test
    void listResponses() throws Exception {
        MailboxList l = (MailboxList) parse("* LIST (\\Noselect) \"/\" ~/Mail/foo");
        assertThat(l.kind()).isEqualTo(MailboxList.Kind.LIST);
        assertThat(l.attributes()).containsExactly(Flag.of("\\Noselect"));
        assertThat(l.hasAttribute("\\NOSELECT")).isTrue();
        assertThat(l.delimiter()).contains("/");
        assertThat(l.mailbox()).isEqualTo(MailboxName.of("~/Mail/foo"));

        MailboxList flat = (MailboxList) parse("* LIST () NIL Flat");
        assertThat(flat.delimiter()).isEmpty();

        MailboxList inbox = (MailboxList) parse("* LIST (\\Marked \\NoInferiors) \"/\" \"inbox\"");
        assertThat(inbox.mailbox().isInbox()).isTrue();
        assertThat(inbox.mailbox().canonical()).isEqualTo("INBOX");
        assertThat(inbox.mailbox()).isEqualTo(MailboxName.of("INBOX"));
        assertThat(inbox.mailbox().name()).isEqualTo("inbox");

        MailboxList escaped = (MailboxList) parse("* LIST () \"\\\\\" {7}\r\nfoo bar");
        assertThat(escaped.delimiter()).contains("\\");
        assertThat(escaped.mailbox().name()).isEqualTo("foo bar");

        MailboxList child = (MailboxList) parse("* LIST () \"/\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\"))");
        assertThat(child.childInfo()).containsExactly("SUBSCRIBED");
        MailboxList renamed = (MailboxList) parse("* LIST () \"/\" INBOX (\"OLDNAME\" (\"inbox\"))");
        assertThat(renamed.oldName()).contains(MailboxName.of("INBOX"));

        MailboxList lsub = (MailboxList) parse("* LSUB (\\NoSelect) \".\" #news.comp.mail");
        assertThat(lsub.kind()).isEqualTo(MailboxList.Kind.LSUB);
    }

    @Test
    void namespace() throws Exception {
        NamespaceData ns = (NamespaceData) parse(
                "* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL ((\"#shared/\" \"/\"))");
        assertThat(ns.personal()).hasSize(2);
        assertThat(ns.personal().get(0).prefix()).isEmpty();
        assertThat(ns.personal().get(0).delimiter()).contains("/");
        assertThat(ns.personal().get(1).extensions()).containsEntry("X-PARAM", List.of("FLAG1", "FLAG2"));
        assertThat(ns.otherUsers()).isEmpty();
        assertThat(ns.shared().get(0).prefix()).isEqualTo("#shared/");
    }

    @Test
    void statusSearchEsearchVanished() throws Exception {
        StatusData st = (StatusData) parse("* STATUS \"Sent Items\" (MESSAGES 17 UNSEEN 0 DELETED 3 SIZE 129871 UIDVALIDITY 3857529045)");
        assertThat(st.mailbox().name()).isEqualTo("Sent Items");
        assertThat(st.messages()).hasValue(17);
        assertThat(st.unseen()).hasValue(0);
        assertThat(st.get("size")).hasValue(129871);
        assertThat(st.uidValidity()).hasValue(3857529045L);
        assertThat(st.uidNext()).isEmpty();

        SearchData s = (SearchData) parse("* SEARCH 2 5 6 (MODSEQ 917162500)");
        assertThat(s.numbers()).containsExactly(2L, 5L, 6L);
        assertThat(s.modSeq()).hasValue(917162500);
        assertThat(((SearchData) parse("* SEARCH")).numbers()).isEmpty();

        ESearchData e = (ESearchData) parse("* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800 COUNT 15 ALL 4:18,21 MODSEQ 1236");
        assertThat(e.tag()).contains("A285");
        assertThat(e.uid()).isTrue();
        assertThat(e.min()).hasValue(7);
        assertThat(e.max()).hasValue(3800);
        assertThat(e.count()).hasValue(15);
        assertThat(e.all().orElseThrow().ranges()).containsExactly(new SequenceSet.Range(4, 18), new SequenceSet.Range(21, 21));
        assertThat(e.modSeq()).hasValue(1236);
        ESearchData ext = (ESearchData) parse("* ESEARCH (TAG \"x\") PARTIAL (1:10 NIL)");
        assertThat(ext.other().get("PARTIAL")).isInstanceOf(ExtensionValue.ListValue.class);

        Vanished v = (Vanished) parse("* VANISHED (EARLIER) 41,43:116");
        assertThat(v.earlier()).isTrue();
        assertThat(v.uids().contains(100)).isTrue();
        assertThat(((Vanished) parse("* VANISHED 405")).earlier()).isFalse();
    }

    @Test
    void mailboxSizeAndFlags() throws Exception {
        assertThat(parse("* 0 EXISTS")).isInstanceOf(Exists.class).extracting(r -> ((Exists) r).count()).isEqualTo(0L);
        assertThat(((Recent) parse("* 5 RECENT")).count()).isEqualTo(5);
        assertThat(((Expunge) parse("* 44 EXPUNGE")).seq()).isEqualTo(44);
        assertThat(((Exists) parse("* 4294967295 EXISTS")).count()).isEqualTo(4294967295L);
        FlagsData f = (FlagsData) parse("* FLAGS (\\Answered \\Flagged $Forwarded Junk)");
        assertThat(f.flags()).containsExactly(Flag.ANSWERED, Flag.FLAGGED, Flag.of("$forwarded"), Flag.of("Junk"));
        assertThat(f.flags().get(2).isKeyword()).isTrue();
        assertThat(f.flags().get(0).isSystem()).isTrue();
    }

    @Test
    void continuationRequests() throws Exception {
        ContinuationRequest text = (ContinuationRequest) parse("+ Ready for literal data");
        assertThat(text.text()).isEqualTo("Ready for literal data");
        assertThat(text.isBase64()).isFalse();
        ContinuationRequest challenge = (ContinuationRequest) parse("+ aGVsbG8=");
        assertThat(challenge.base64()).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("hello"));
        ContinuationRequest empty = (ContinuationRequest) parse("+ ");
        assertThat(empty.text()).isEmpty();
        assertThat(empty.isBase64()).isTrue();
        ContinuationRequest coded = (ContinuationRequest) parse("+ [ALERT] go on");
        assertThat(coded.text()).isEqualTo("[ALERT] go on");
    }

    @Test
    void quotedStringsUndoOnlyTheTwoEscapes() throws Exception {
        MailboxList l = (MailboxList) parse("* LIST () \"/\" \"a \\\"quoted\\\" \\\\ name\"");
        assertThat(l.mailbox().name()).isEqualTo("a \"quoted\" \\ name");
        MailboxList utf8 = (MailboxList) parse("* LIST () \"/\" \"Entwürfe\"");
        assertThat(utf8.mailbox().name()).isEqualTo("Entwürfe");
    }

    @Test
    void literalOfZeroOctets() throws Exception {
        MailboxList l = (MailboxList) parse("* LIST () \"/\" " + lit(""));
        assertThat(l.mailbox().name()).isEmpty();
    }

    @Test
    void dateTimeOffsetsAreKept() {
        assertThat(OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.ofHours(-7)).getOffset().getTotalSeconds()).isEqualTo(-25200);
    }
}
