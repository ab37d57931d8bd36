package org.mailspec.imap.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
import org.mailspec.imap.response.ResponseText;
import org.mailspec.imap.response.SearchData;
import org.mailspec.imap.response.SequenceSet;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.StatusData;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.Unknown;
import org.mailspec.imap.response.UntaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.imap.response.Vanished;

/**
 * The server-response productions of RFC 9051 section 9 (with the RFC 3501 forms IMAP4rev2 dropped,
 * and the UIDPLUS, CONDSTORE/QRESYNC, ESEARCH, NAMESPACE, LIST-EXTENDED and ENABLE additions). Each
 * method is named after the production it parses and pushes that name on the error path.
 */
final class ResponseGrammar {

    /** Registered extension responses accepted (as {@link Unknown}) when their tokens are well formed. */
    private static final Set<String> EXTENSION_RESPONSES = Set.of("ID", "QUOTA", "QUOTAROOT", "ACL", "LISTRIGHTS",
            "MYRIGHTS", "METADATA", "ANNOTATION", "SORT", "THREAD", "LANGUAGE", "COMPARATOR", "GENURLAUTH",
            "URLMECH", "CONVERTED", "XLIST");

    private static final Map<String, ResponseCode.Simple> SIMPLE_CODES = new HashMap<>();

    static {
        for (ResponseCode.Simple s : ResponseCode.Simple.values()) {
            SIMPLE_CODES.put(s.atom(), s);
        }
    }

    private final Cursor c;
    private final FetchGrammar fetch;

    ResponseGrammar(Cursor c) {
        this.c = c;
        this.fetch = new FetchGrammar(c, this);
    }

    // ---- response ---------------------------------------------------------------------------

    /** {@code response = continue-req / response-data / response-tagged}, one frame. */
    Response response() throws ImapSyntaxException {
        c.enter("response");
        Response r;
        if (c.is('+')) {
            r = continueReq();
        } else if (c.is('*')) {
            r = responseData();
        } else {
            r = responseTagged();
        }
        c.endOfFrame();
        c.leave();
        return r;
    }

    /** {@code greeting = "*" SP (resp-cond-auth / resp-cond-bye) CRLF}. */
    Greeting greeting() throws ImapSyntaxException {
        c.enter("greeting");
        c.expect('*');
        c.sp();
        int at = c.pos;
        String word = c.keyword();
        Status status = switch (word) {
            case "OK" -> Status.OK;
            case "PREAUTH" -> Status.PREAUTH;
            case "BYE" -> Status.BYE;
            default -> throw c.fail(at, "expected OK, PREAUTH or BYE (resp-cond-auth / resp-cond-bye), found "
                    + c.found(at));
        };
        ResponseText text = respCondText();
        c.crlf();
        c.endOfFrame();
        c.leave();
        return new Greeting(status, text, c.in);
    }

    /** {@code continue-req = "+" SP (resp-text / base64) CRLF}. */
    private ContinuationRequest continueReq() throws ImapSyntaxException {
        c.enter("continue-req");
        c.pos++;
        String text;
        if (c.atLineEnd()) {
            c.deviate(c.pos, "\"+\" must be followed by SP (continue-req = \"+\" SP (resp-text / base64) CRLF)");
            text = "";
        } else {
            if (!c.is(' ')) {
                throw c.expected("SP");
            }
            c.pos++;
            int start = c.pos;
            respText();
            text = new String(c.in, start, c.pos - start, java.nio.charset.StandardCharsets.UTF_8);
        }
        c.crlf();
        c.leave();
        return new ContinuationRequest(text, c.in);
    }

    /** {@code response-tagged = tag SP resp-cond-state CRLF}. */
    private TaggedResponse responseTagged() throws ImapSyntaxException {
        c.enter("response-tagged");
        String tag = c.tag();
        c.sp();
        c.enter("resp-cond-state");
        int at = c.pos;
        String word = c.keyword();
        Status status = switch (word) {
            case "OK" -> Status.OK;
            case "NO" -> Status.NO;
            case "BAD" -> Status.BAD;
            default -> throw c.fail(at, "expected OK, NO or BAD, found " + c.found(at)
                    + (word.equals("BYE") || word.equals("PREAUTH") ? " (" + word + " is never tagged)" : ""));
        };
        ResponseText text = respCondText();
        c.leave();
        c.crlf();
        c.leave();
        return new TaggedResponse(tag, status, text, c.in);
    }

    /** The {@code SP resp-text} after a status word. */
    private ResponseText respCondText() throws ImapSyntaxException {
        if (c.atLineEnd()) {
            c.deviate(c.pos, "SP and resp-text must follow the status word");
            return ResponseText.of("");
        }
        if (!c.is(' ')) {
            throw c.expected("SP");
        }
        c.pos++;
        return respText();
    }

    /** {@code resp-text = ["[" resp-text-code "]" SP] [text]}. */
    ResponseText respText() throws ImapSyntaxException {
        c.enter("resp-text");
        Optional<ResponseCode> code = Optional.empty();
        if (c.is('[')) {
            c.pos++;
            code = Optional.of(respTextCode());
            c.expect(']');
            if (c.is(' ')) {
                c.pos++;
            } else if (c.atLineEnd()) {
                c.deviate(c.pos, "SP must follow \"]\" of the response code");
            } else {
                throw c.expected("SP after \"]\"");
            }
        }
        String text = c.text();
        c.leave();
        return new ResponseText(code, text);
    }

    /** {@code resp-text-code}: a known code's arguments are checked; an unknown code is kept as Other. */
    private ResponseCode respTextCode() throws ImapSyntaxException {
        c.enter("resp-text-code");
        int start = c.pos;
        String atom = c.atom();
        String upper = atom.toUpperCase(java.util.Locale.ROOT);
        int depth = c.depth();
        ResponseCode code;
        try {
            code = knownCode(upper);
        } catch (ImapSyntaxException e) {
            if (!c.lenient) {
                throw e;
            }
            c.deviate(e);
            c.unwind(depth);
            c.pos = start + atom.length();
            code = null;
        }
        if (code == null) {
            code = otherCode(atom);
        }
        c.leave();
        return code;
    }

    /** A known code with its arguments, or null if the atom names no known code. */
    private ResponseCode knownCode(String upper) throws ImapSyntaxException {
        ResponseCode.Simple simple = SIMPLE_CODES.get(upper);
        if (simple != null) {
            if (!c.is(']')) {
                throw c.fail(c.pos, upper + " takes no argument; expected \"]\", found " + c.found(c.pos));
            }
            return simple;
        }
        return switch (upper) {
            case "BADCHARSET" -> badCharset();
            case "CAPABILITY" -> new ResponseCode.Capability(capabilities("capability-data", true));
            case "PERMANENTFLAGS" -> permanentFlags();
            case "UIDNEXT" -> {
                c.sp();
                yield new ResponseCode.UidNext(c.nzNumber());
            }
            case "UIDVALIDITY" -> {
                c.sp();
                yield new ResponseCode.UidValidity(c.nzNumber());
            }
            case "UNSEEN" -> {
                c.sp();
                yield new ResponseCode.Unseen(c.nzNumber());
            }
            case "APPENDUID" -> respCodeApnd();
            case "COPYUID" -> respCodeCopy();
            case "HIGHESTMODSEQ" -> {
                c.sp();
                yield new ResponseCode.HighestModSeq(c.modSequenceValue());
            }
            case "MODIFIED" -> {
                c.sp();
                yield new ResponseCode.Modified(sequenceSet(true));
            }
            default -> null;
        };
    }

    /** {@code atom [SP 1*<any TEXT-CHAR except "]">]}. */
    private ResponseCode otherCode(String atom) throws ImapSyntaxException {
        Optional<String> text = Optional.empty();
        if (c.is(' ')) {
            c.pos++;
            text = Optional.of(c.textUntilBracket());
        }
        return new ResponseCode.Other(atom, text);
    }

    /** {@code "BADCHARSET" [SP "(" charset *(SP charset) ")"]}, charset = atom / quoted. */
    private ResponseCode badCharset() throws ImapSyntaxException {
        List<String> charsets = new ArrayList<>();
        if (c.is(' ')) {
            c.sp();
            c.expect('(');
            do {
                charsets.add(c.is('"') ? c.quoted().asString() : c.astring());
            } while (listSeparator());
            c.expect(')');
        }
        return new ResponseCode.BadCharset(charsets);
    }

    /** {@code "PERMANENTFLAGS" SP "(" [flag-perm *(SP flag-perm)] ")"}. */
    private ResponseCode permanentFlags() throws ImapSyntaxException {
        c.sp();
        return new ResponseCode.PermanentFlags(flagList("flag-perm", true));
    }

    /** {@code resp-code-apnd = "APPENDUID" SP nz-number SP append-uid}. */
    private ResponseCode respCodeApnd() throws ImapSyntaxException {
        c.enter("resp-code-apnd");
        c.sp();
        long validity = c.nzNumber();
        c.sp();
        SequenceSet uids = sequenceSet(false);
        c.leave();
        return new ResponseCode.AppendUid(validity, uids);
    }

    /** {@code resp-code-copy = "COPYUID" SP nz-number SP uid-set SP uid-set}. */
    private ResponseCode respCodeCopy() throws ImapSyntaxException {
        c.enter("resp-code-copy");
        c.sp();
        long validity = c.nzNumber();
        c.sp();
        SequenceSet from = sequenceSet(false);
        c.sp();
        SequenceSet to = sequenceSet(false);
        c.leave();
        return new ResponseCode.CopyUid(validity, from, to);
    }

    // ---- response-data ----------------------------------------------------------------------

    /**
     * {@code response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data / message-data /
     * capability-data / enable-data) CRLF}. In lenient mode a response whose data cannot be read is
     * kept as {@link Unknown} with the failure as a deviation.
     */
    private UntaggedResponse responseData() throws ImapSyntaxException {
        c.enter("response-data");
        c.pos++;
        c.sp();
        int start = c.pos;
        int depth = c.depth();
        UntaggedResponse r;
        try {
            r = untagged();
        } catch (ImapSyntaxException e) {
            if (!c.lenient) {
                throw e;
            }
            c.deviate(e);
            c.unwind(depth);
            c.pos = start;
            r = new Unknown(nameAt(start), c.in);
            skipLine();
        }
        c.crlf();
        c.leave();
        return r;
    }

    private UntaggedResponse untagged() throws ImapSyntaxException {
        if (c.isDigit()) {
            return numbered();
        }
        int at = c.pos;
        String name = c.keyword();
        if (name.isEmpty() || c.atWordContinuation()) {
            c.pos = at;
            return unknown(at);
        }
        return switch (name) {
            case "OK" -> respCondState(Status.OK);
            case "NO" -> respCondState(Status.NO);
            case "BAD" -> respCondState(Status.BAD);
            case "BYE" -> respCondState(Status.BYE);
            case "PREAUTH" -> {
                c.deviate(at, "PREAUTH is only valid in the greeting");
                yield respCondState(Status.PREAUTH);
            }
            case "CAPABILITY" -> new CapabilityData(capabilities("capability-data", true), c.in);
            case "ENABLED" -> enableData();
            case "FLAGS" -> {
                c.enter("mailbox-data");
                c.sp();
                FlagsData d = new FlagsData(flagList("flag", false), c.in);
                c.leave();
                yield d;
            }
            case "LIST" -> mailboxList(MailboxList.Kind.LIST);
            case "LSUB" -> mailboxList(MailboxList.Kind.LSUB);
            case "STATUS" -> status();
            case "SEARCH" -> search();
            case "ESEARCH" -> esearchResponse();
            case "NAMESPACE" -> namespaceResponse();
            case "VANISHED" -> vanished();
            default -> {
                c.pos = at;
                yield unknown(at);
            }
        };
    }

    private UntaggedStatus respCondState(Status status) throws ImapSyntaxException {
        c.enter(status == Status.BYE ? "resp-cond-bye" : "resp-cond-state");
        ResponseText text = respCondText();
        c.leave();
        return new UntaggedStatus(status, text, c.in);
    }

    /** {@code number SP "EXISTS" / number SP "RECENT" / nz-number SP ("EXPUNGE" / "FETCH" SP msg-att)}. */
    private UntaggedResponse numbered() throws ImapSyntaxException {
        int numberAt = c.pos;
        long n = c.number();
        c.sp();
        int at = c.pos;
        String word = c.keyword();
        if (word.isEmpty() || c.atWordContinuation()) {
            c.pos = numberAt;
            return unknown(at);
        }
        switch (word) {
            case "EXISTS":
                return new Exists(n, c.in);
            case "RECENT":
                return new Recent(n, c.in);
            case "EXPUNGE":
            case "FETCH":
                c.enter("message-data");
                if (n == 0) {
                    throw c.fail(numberAt, "nz-number: message sequence numbers start at 1, found 0");
                }
                UntaggedResponse r;
                if (word.equals("EXPUNGE")) {
                    r = new Expunge(n, c.in);
                } else {
                    c.sp();
                    r = fetch.msgAtt(n);
                }
                c.leave();
                return r;
            default:
                c.pos = numberAt;
                return unknown(at);
        }
    }

    /**
     * A response this grammar does not know. Experimental ({@code X...}) and registered extension
     * responses are accepted when their tokens are well formed; anything else is a deviation.
     */
    private UntaggedResponse unknown(int nameAt) throws ImapSyntaxException {
        String name = nameAt(nameAt);
        if (!(name.startsWith("X") || EXTENSION_RESPONSES.contains(name))) {
            c.deviate(nameAt, "unknown untagged response " + c.found(nameAt)
                    + ": expected OK, NO, BAD, BYE, CAPABILITY, ENABLED, FLAGS, LIST, LSUB, STATUS, SEARCH, ESEARCH,"
                    + " NAMESPACE, VANISHED, or a number with EXISTS, RECENT, EXPUNGE or FETCH");
        }
        c.enter("extension-data");
        skipGeneric();
        c.leave();
        return new Unknown(name, c.in);
    }

    /** The first word at {@code at} (after a leading number, if any), upper-cased. */
    private String nameAt(int at) {
        int save = c.pos;
        c.pos = at;
        while (c.isDigit()) {
            c.pos++;
        }
        while (c.is(' ')) {
            c.pos++;
        }
        int start = c.pos;
        while (c.pos < c.end && c.in[c.pos] > ' ' && c.in[c.pos] != '(' && c.in[c.pos] != '[') {
            c.pos++;
        }
        String name = c.ascii(start, c.pos).toUpperCase(java.util.Locale.ROOT);
        c.pos = save;
        return name.isEmpty() ? "?" : name;
    }

    /** Well-formed tokens (atoms, strings, literals, balanced lists) up to the line end. */
    private void skipGeneric() throws ImapSyntaxException {
        int open = 0;
        while (!c.atLineEnd() || open > 0) {
            if (c.pos >= c.end) {
                throw c.fail(c.pos, "unbalanced \"(\": the frame ends inside a parenthesised list");
            }
            int b = c.peek();
            if (b == '\r' || b == '\n') {
                throw c.fail(c.pos, "unbalanced \"(\": the line ends inside a parenthesised list");
            }
            if (b == '(') {
                open++;
                c.pos++;
            } else if (b == ')') {
                if (open == 0) {
                    throw c.fail(c.pos, "unbalanced \")\"");
                }
                open--;
                c.pos++;
            } else if (b == '"') {
                c.quoted();
            } else if (b == '{' || (b == '~' && c.peek(1) == '{')) {
                c.literal(true);
            } else if (b == 0) {
                throw c.fail(c.pos, "NUL octet");
            } else {
                c.pos++;
            }
        }
    }

    /** Lenient recovery: skip to the frame's final line end, literals included. */
    private void skipLine() {
        int last = c.end;
        if (last > 0 && c.in[last - 1] == '\n') {
            last--;
            if (last > 0 && c.in[last - 1] == '\r') {
                last--;
            }
        }
        c.pos = Math.max(c.pos, last);
    }

    // ---- capability, enable -----------------------------------------------------------------

    /**
     * {@code *(SP capability)} after CAPABILITY (with the IMAP4rev1 / IMAP4rev2 check) or ENABLED;
     * {@code capability = ("AUTH=" auth-type) / atom}.
     */
    private List<String> capabilities(String rule, boolean requireRevision) throws ImapSyntaxException {
        c.enter(rule);
        int at = c.pos;
        List<String> caps = new ArrayList<>();
        while (c.spThenMore()) {
            c.sp();
            c.enter("capability");
            caps.add(c.atom());
            c.leave();
        }
        if (requireRevision) {
            boolean revision = false;
            for (String cap : caps) {
                revision |= cap.equalsIgnoreCase("IMAP4rev1") || cap.equalsIgnoreCase("IMAP4rev2");
            }
            if (!revision) {
                c.deviate(at, "the capability list must include IMAP4rev1 or IMAP4rev2");
            }
        }
        c.leave();
        return caps;
    }

    private EnabledData enableData() throws ImapSyntaxException {
        return new EnabledData(capabilities("enable-data", false), c.in);
    }

    // ---- flags ------------------------------------------------------------------------------

    /** {@code flag-list = "(" [flag *(SP flag)] ")"}, or the flag-perm / flag-fetch variants. */
    List<Flag> flagList(String itemRule, boolean permanent) throws ImapSyntaxException {
        c.enter(permanent ? "flag-perm-list" : "flag-list");
        c.expect('(');
        List<Flag> flags = new ArrayList<>();
        if (!c.is(')')) {
            do {
                flags.add(flag(itemRule, permanent));
            } while (listSeparator());
        }
        c.trailingSpaceBefore(')');
        closeList();
        c.leave();
        return flags;
    }

    /** {@code flag = "\" atom / atom}; {@code "\*"} only where {@code permanent}. */
    private Flag flag(String rule, boolean permanent) throws ImapSyntaxException {
        c.enter(rule);
        Flag f;
        if (c.is('\\')) {
            int at = c.pos;
            c.pos++;
            if (c.is('*')) {
                if (!permanent) {
                    throw c.fail(at, "\\* is only allowed in PERMANENTFLAGS (flag-perm)");
                }
                c.pos++;
                f = Flag.ANY_KEYWORD;
            } else {
                f = new Flag("\\" + c.atom());
            }
        } else {
            f = new Flag(c.atom());
        }
        c.leave();
        return f;
    }

    /** The ")" that ends a list whose items are separated by SP. */
    void closeList() throws ImapSyntaxException {
        if (!c.is(')')) {
            throw c.expected("SP or \")\"");
        }
        c.pos++;
    }

    /** Between list items: SP (true, consumed) or not (false). */
    boolean listSeparator() throws ImapSyntaxException {
        if (c.spThenMore()) {
            c.sp();
            return true;
        }
        return false;
    }

    // ---- LIST / LSUB ------------------------------------------------------------------------

    /**
     * {@code mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
     * [SP mbox-list-extended]}.
     */
    private MailboxList mailboxList(MailboxList.Kind kind) throws ImapSyntaxException {
        c.enter("mailbox-data");
        c.sp();
        c.enter("mailbox-list");
        c.enter("mbx-list-flags");
        c.expect('(');
        List<Flag> attributes = new ArrayList<>();
        int selectability = 0;
        int flagsAt = c.pos;
        if (!c.is(')')) {
            do {
                c.enter("mbx-list-flag");
                c.expect('\\');
                Flag f = new Flag("\\" + c.atom());
                if (f.name().equalsIgnoreCase("\\Noselect") || f.name().equalsIgnoreCase("\\Marked")
                        || f.name().equalsIgnoreCase("\\Unmarked")) {
                    selectability++;
                }
                attributes.add(f);
                c.leave();
            } while (listSeparator());
        }
        if (selectability > 1) {
            c.deviate(flagsAt, "more than one of \\Noselect, \\Marked, \\Unmarked (mbx-list-sflag: only one per response)");
        }
        c.trailingSpaceBefore(')');
        c.expect(')');
        c.leave();
        c.sp();
        Optional<String> delimiter = delimiter();
        c.sp();
        MailboxName mailbox = mailbox();
        Map<String, ExtensionValue> extended = new LinkedHashMap<>();
        if (c.spThenMore()) {
            c.sp();
            c.enter("mbox-list-extended");
            c.expect('(');
            if (!c.is(')')) {
                do {
                    c.enter("mbox-list-extended-item");
                    String tag = c.astring().toUpperCase(java.util.Locale.ROOT);
                    c.sp();
                    extended.put(tag, taggedExtVal());
                    c.leave();
                } while (listSeparator());
            }
            c.expect(')');
            c.leave();
        }
        c.leave();
        c.leave();
        return new MailboxList(kind, attributes, delimiter, mailbox, extended, c.in);
    }

    /** {@code DQUOTE QUOTED-CHAR DQUOTE / nil}. */
    private Optional<String> delimiter() throws ImapSyntaxException {
        c.enter("delimiter");
        if (c.nil()) {
            c.leave();
            return Optional.empty();
        }
        if (!c.is('"')) {
            throw c.expected("DQUOTE QUOTED-CHAR DQUOTE or NIL");
        }
        int at = c.pos;
        String d = c.quoted().asString();
        if (d.codePointCount(0, d.length()) != 1) {
            throw c.fail(at, "the hierarchy delimiter is exactly one QUOTED-CHAR, found " + d.length() + " characters");
        }
        c.leave();
        return Optional.of(d);
    }

    /** {@code mailbox = "INBOX" / astring}. */
    MailboxName mailbox() throws ImapSyntaxException {
        c.enter("mailbox");
        MailboxName m = new MailboxName(c.astring());
        c.leave();
        return m;
    }

    /**
     * {@code tagged-ext-val = tagged-ext-simple / "(" [tagged-ext-comp] ")"}: numbers, sequence sets,
     * astrings and nested lists (also used for body-extension-like generic data).
     */
    ExtensionValue taggedExtVal() throws ImapSyntaxException {
        c.enter("tagged-ext-val");
        ExtensionValue v = genericValue();
        c.leave();
        return v;
    }

    private ExtensionValue genericValue() throws ImapSyntaxException {
        if (c.is('(')) {
            c.pos++;
            List<ExtensionValue> items = new ArrayList<>();
            if (!c.is(')')) {
                do {
                    items.add(genericValue());
                } while (listSeparator());
            }
            c.expect(')');
            return new ExtensionValue.ListValue(items);
        }
        if (c.is('"') || c.is('{')) {
            return new ExtensionValue.Str(c.string());
        }
        if (c.nil()) {
            return new ExtensionValue.Nil();
        }
        int start = c.pos;
        while (c.pos < c.end) {
            int b = c.in[c.pos] & 0xff;
            if (b <= ' ' || b == '(' || b == ')' || b == '"' || b == '{' || b >= 0x7f) {
                break;
            }
            c.pos++;
        }
        if (c.pos == start) {
            throw c.expected("a value (atom, number, string or list)");
        }
        boolean digits = c.pos - start <= 18;
        for (int i = start; i < c.pos && digits; i++) {
            digits = c.in[i] >= '0' && c.in[i] <= '9';
        }
        String token = c.ascii(start, c.pos);
        return digits ? new ExtensionValue.Number(Long.parseLong(token)) : new ExtensionValue.Atom(token);
    }

    // ---- NAMESPACE --------------------------------------------------------------------------

    /** {@code namespace-response = "NAMESPACE" SP namespace SP namespace SP namespace}. */
    private NamespaceData namespaceResponse() throws ImapSyntaxException {
        c.enter("namespace-response");
        c.sp();
        List<NamespaceData.Namespace> personal = namespace();
        c.sp();
        List<NamespaceData.Namespace> other = namespace();
        c.sp();
        List<NamespaceData.Namespace> shared = namespace();
        c.leave();
        return new NamespaceData(personal, other, shared, c.in);
    }

    /** {@code namespace = nil / "(" 1*namespace-descr ")"}. */
    private List<NamespaceData.Namespace> namespace() throws ImapSyntaxException {
        c.enter("namespace");
        List<NamespaceData.Namespace> list = new ArrayList<>();
        if (!c.nil()) {
            c.expect('(');
            do {
                list.add(namespaceDescr());
            } while (c.is('('));
            c.expect(')');
        }
        c.leave();
        return list;
    }

    /**
     * {@code namespace-descr = "(" string SP (DQUOTE QUOTED-CHAR DQUOTE / nil)
     * *(SP string SP "(" string *(SP string) ")") ")"}.
     */
    private NamespaceData.Namespace namespaceDescr() throws ImapSyntaxException {
        c.enter("namespace-descr");
        c.expect('(');
        String prefix = c.string().asString();
        c.sp();
        Optional<String> delimiter = delimiter();
        Map<String, List<String>> extensions = new LinkedHashMap<>();
        while (c.spThenMore()) {
            c.sp();
            c.enter("namespace-response-extension");
            String name = c.string().asString();
            c.sp();
            c.expect('(');
            List<String> values = new ArrayList<>();
            do {
                values.add(c.string().asString());
            } while (listSeparator());
            c.expect(')');
            extensions.put(name, values);
            c.leave();
        }
        c.expect(')');
        c.leave();
        return new NamespaceData.Namespace(prefix, delimiter, extensions);
    }

    // ---- STATUS, SEARCH, ESEARCH, VANISHED ---------------------------------------------------

    /** {@code "STATUS" SP mailbox SP "(" [status-att-list] ")"}. */
    private StatusData status() throws ImapSyntaxException {
        c.enter("mailbox-data");
        c.enter("status-response");
        c.sp();
        MailboxName mailbox = mailbox();
        c.sp();
        c.expect('(');
        Map<String, Long> atts = new LinkedHashMap<>();
        if (!c.is(')')) {
            c.enter("status-att-list");
            do {
                statusAttVal(atts);
            } while (listSeparator());
            c.leave();
        }
        c.trailingSpaceBefore(')');
        c.expect(')');
        c.leave();
        c.leave();
        return new StatusData(mailbox, atts, c.in);
    }

    /** {@code status-att-val}: MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, DELETED, SIZE, RECENT, HIGHESTMODSEQ, APPENDLIMIT, MAILBOXID. */
    private void statusAttVal(Map<String, Long> atts) throws ImapSyntaxException {
        c.enter("status-att-val");
        int at = c.pos;
        String name = c.keyword();
        if (name.isEmpty()) {
            throw c.expected("status-att");
        }
        c.sp();
        switch (name) {
            case "MESSAGES", "UNSEEN", "DELETED", "RECENT" -> atts.put(name, c.number());
            case "UIDNEXT", "UIDVALIDITY" -> atts.put(name, c.nzNumber());
            case "SIZE" -> atts.put(name, c.number64());
            case "HIGHESTMODSEQ" -> atts.put(name, c.number64());
            case "APPENDLIMIT" -> {
                if (!c.nil()) {
                    atts.put(name, c.number());
                }
            }
            case "MAILBOXID" -> taggedExtVal();
            default -> {
                c.deviate(at, "unknown status-att " + c.found(at));
                ExtensionValue v = taggedExtVal();
                if (v instanceof ExtensionValue.Number n) {
                    atts.put(name, n.value());
                }
            }
        }
        c.leave();
    }

    /** {@code "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]} (RFC 3501, RFC 7162). */
    private SearchData search() throws ImapSyntaxException {
        c.enter("mailbox-data");
        c.enter("search-response");
        List<Long> numbers = new ArrayList<>();
        OptionalLong modSeq = OptionalLong.empty();
        while (c.spThenMore()) {
            c.sp();
            if (c.is('(')) {
                c.pos++;
                c.enter("search-sort-mod-seq");
                if (!c.word("MODSEQ")) {
                    throw c.expected("MODSEQ");
                }
                c.sp();
                modSeq = OptionalLong.of(c.modSequenceValue());
                c.expect(')');
                c.leave();
                break;
            }
            numbers.add(c.nzNumber());
        }
        c.leave();
        c.leave();
        return new SearchData(numbers, modSeq, c.in);
    }

    /** {@code esearch-response = "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)}. */
    private ESearchData esearchResponse() throws ImapSyntaxException {
        c.enter("esearch-response");
        Optional<String> tag = Optional.empty();
        boolean uid = false;
        OptionalLong min = OptionalLong.empty();
        OptionalLong max = OptionalLong.empty();
        OptionalLong count = OptionalLong.empty();
        OptionalLong modSeq = OptionalLong.empty();
        Optional<SequenceSet> all = Optional.empty();
        Map<String, ExtensionValue> other = new LinkedHashMap<>();
        if (c.is(' ') && c.peek(1) == '(') {
            c.sp();
            c.enter("search-correlator");
            c.expect('(');
            if (!c.word("TAG")) {
                throw c.expected("TAG");
            }
            c.sp();
            tag = Optional.of(c.astring());
            c.expect(')');
            c.leave();
        }
        while (c.spThenMore()) {
            c.sp();
            c.enter("search-return-data");
            String name = c.keyword();
            if (name.equals("UID") && !uid && min.isEmpty() && max.isEmpty() && count.isEmpty() && all.isEmpty()) {
                uid = true;
                c.leave();
                continue;
            }
            if (name.isEmpty()) {
                throw c.expected("search-return-data");
            }
            c.sp();
            switch (name) {
                case "MIN" -> min = OptionalLong.of(c.nzNumber());
                case "MAX" -> max = OptionalLong.of(c.nzNumber());
                case "COUNT" -> count = OptionalLong.of(c.number());
                case "ALL" -> all = Optional.of(sequenceSet(true));
                case "MODSEQ" -> modSeq = OptionalLong.of(c.modSequenceValue());
                default -> other.put(name, taggedExtVal());
            }
            c.leave();
        }
        c.leave();
        return new ESearchData(tag, uid, min, max, count, all, modSeq, other, c.in);
    }

    /** RFC 7162 {@code "VANISHED" [SP "(EARLIER)"] SP known-uids}. */
    private Vanished vanished() throws ImapSyntaxException {
        c.enter("expunged-resp");
        c.sp();
        boolean earlier = false;
        if (c.is('(')) {
            c.pos++;
            if (!c.word("EARLIER")) {
                throw c.expected("EARLIER");
            }
            c.expect(')');
            c.sp();
            earlier = true;
        }
        SequenceSet uids = sequenceSet(false);
        c.leave();
        return new Vanished(earlier, uids, c.in);
    }

    // ---- sequence sets ----------------------------------------------------------------------

    /** {@code sequence-set} ({@code star} true) or {@code uid-set} (no "*"). */
    SequenceSet sequenceSet(boolean star) throws ImapSyntaxException {
        c.enter(star ? "sequence-set" : "uid-set");
        List<SequenceSet.Range> ranges = new ArrayList<>();
        do {
            long first = seqNumber(star);
            long last = first;
            if (c.is(':')) {
                c.pos++;
                last = seqNumber(star);
            }
            ranges.add(new SequenceSet.Range(first, last));
            if (!c.is(',')) {
                break;
            }
            c.pos++;
        } while (true);
        c.leave();
        return new SequenceSet(ranges);
    }

    private long seqNumber(boolean star) throws ImapSyntaxException {
        if (c.is('*')) {
            if (!star) {
                throw c.fail(c.pos, "\"*\" is not allowed in a uid-set");
            }
            c.pos++;
            return SequenceSet.STAR;
        }
        return c.nzNumber();
    }
}
