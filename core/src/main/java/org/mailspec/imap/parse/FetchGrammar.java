package org.mailspec.imap.parse;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mailspec.imap.response.Address;
import org.mailspec.imap.response.BodyStructure;
import org.mailspec.imap.response.Envelope;
import org.mailspec.imap.response.ExtensionValue;
import org.mailspec.imap.response.FetchData;
import org.mailspec.imap.response.FetchItem;
import org.mailspec.imap.response.ImapString;
import org.mailspec.imap.response.Section;

/**
 * The message-data productions of RFC 9051 section 9: {@code msg-att} with every item, {@code
 * envelope}, {@code body} (BODY / BODYSTRUCTURE, nested to any depth), {@code section}, {@code
 * date-time}.
 */
final class FetchGrammar {
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    private final Cursor c;
    private final ResponseGrammar responses;

    FetchGrammar(Cursor c, ResponseGrammar responses) {
        this.c = c;
        this.responses = responses;
    }

    // ---- msg-att ------------------------------------------------------------------------------

    /** {@code msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP (msg-att-dynamic / msg-att-static)) ")"}. */
    FetchData msgAtt(long seq) throws ImapSyntaxException {
        c.enter("msg-att");
        c.expect('(');
        List<FetchItem> items = new ArrayList<>(8);
        do {
            items.add(msgAttItem());
        } while (responses.listSeparator());
        c.trailingSpaceBefore(')');
        responses.closeList();
        c.leave();
        return new FetchData(seq, items, c.in);
    }

    private FetchItem msgAttItem() throws ImapSyntaxException {
        int at = c.pos;
        String name = c.keyword();
        switch (name) {
            case "FLAGS": {
                c.enter("msg-att-dynamic");
                c.sp();
                FetchItem f = new FetchItem.Flags(responses.flagList("flag-fetch", false));
                c.leave();
                return f;
            }
            case "MODSEQ": {
                c.enter("fetch-mod-resp");
                c.sp();
                c.expect('(');
                long v = c.modSequenceValue();
                c.expect(')');
                c.leave();
                return new FetchItem.ModSeq(v);
            }
            case "UID": {
                c.enter("msg-att-static");
                c.sp();
                c.enter("uniqueid");
                long uid = c.nzNumber();
                c.leave();
                c.leave();
                return new FetchItem.Uid(uid);
            }
            case "INTERNALDATE": {
                c.enter("msg-att-static");
                c.sp();
                FetchItem d = dateTime();
                c.leave();
                return d;
            }
            case "RFC822.SIZE": {
                c.enter("msg-att-static");
                c.sp();
                long size = c.number64();
                c.leave();
                return new FetchItem.Rfc822Size(size);
            }
            case "ENVELOPE": {
                c.enter("msg-att-static");
                c.sp();
                Envelope e = envelope();
                c.leave();
                return new FetchItem.EnvelopeItem(e);
            }
            case "BODYSTRUCTURE": {
                c.enter("msg-att-static");
                c.sp();
                BodyStructure b = body(true);
                c.leave();
                return new FetchItem.BodyStructureItem(b);
            }
            case "BODY": {
                c.enter("msg-att-static");
                FetchItem item;
                if (c.is('[')) {
                    Section section = section();
                    OptionalLong origin = origin();
                    c.sp();
                    item = new FetchItem.BodySection(section, origin, Optional.ofNullable(c.nstring()));
                } else {
                    c.sp();
                    item = new FetchItem.BodyItem(body(false));
                }
                c.leave();
                return item;
            }
            case "BINARY": {
                c.enter("msg-att-static");
                List<Integer> part = sectionBinary();
                OptionalLong origin = origin();
                c.sp();
                ImapString data;
                if (c.is('~')) {
                    data = c.literal(true);
                } else {
                    data = c.nstring();
                }
                c.leave();
                return new FetchItem.Binary(part, origin, Optional.ofNullable(data));
            }
            case "BINARY.SIZE": {
                c.enter("msg-att-static");
                List<Integer> part = sectionBinary();
                c.sp();
                long size = c.number();
                c.leave();
                return new FetchItem.BinarySize(part, size);
            }
            case "RFC822", "RFC822.HEADER", "RFC822.TEXT": {
                c.enter("msg-att-static");
                c.sp();
                Optional<ImapString> data = Optional.ofNullable(c.nstring());
                c.leave();
                return switch (name) {
                    case "RFC822" -> new FetchItem.Rfc822(data);
                    case "RFC822.HEADER" -> new FetchItem.Rfc822Header(data);
                    default -> new FetchItem.Rfc822Text(data);
                };
            }
            case "EMAILID": {
                c.enter("msg-att-static");
                c.sp();
                c.expect('(');
                String id = objectid();
                c.expect(')');
                c.leave();
                return new FetchItem.EmailId(id);
            }
            case "THREADID": {
                c.enter("msg-att-static");
                c.sp();
                Optional<String> id = Optional.empty();
                if (!c.nil()) {
                    c.expect('(');
                    id = Optional.of(objectid());
                    c.expect(')');
                }
                c.leave();
                return new FetchItem.ThreadId(id);
            }
            default:
                return otherItem(at, name);
        }
    }

    /** An unknown msg-att: a deviation; its value is kept as sent. */
    private FetchItem otherItem(int at, String name) throws ImapSyntaxException {
        if (name.isEmpty()) {
            throw c.fail(at, "expected a msg-att name (FLAGS, UID, ENVELOPE, BODY, ...), found " + c.found(at));
        }
        c.deviate(at, "unknown msg-att " + c.found(at));
        c.enter("msg-att-ext");
        if (c.is('[')) {
            while (c.pos < c.end && !c.is(']') && !c.atLineEnd()) {
                c.pos++;
            }
            c.expect(']');
            if (c.is('<')) {
                origin();
            }
        }
        String fullName = c.ascii(at, c.pos);
        c.sp();
        int start = c.pos;
        responses.taggedExtVal();
        c.leave();
        return new FetchItem.Other(fullName, new String(c.in, start, c.pos - start, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** RFC 8474 {@code objectid = 1*255(ALPHA / DIGIT / "_" / "-")}. */
    private String objectid() throws ImapSyntaxException {
        c.enter("objectid");
        int start = c.pos;
        while (c.pos < c.end) {
            int b = c.in[c.pos];
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '-')) {
                break;
            }
            c.pos++;
        }
        if (c.pos == start || c.pos - start > 255) {
            throw c.fail(start, "objectid is 1 to 255 of ALPHA, DIGIT, \"_\" and \"-\", found " + c.found(start));
        }
        c.leave();
        return c.ascii(start, c.pos);
    }

    // ---- date-time ----------------------------------------------------------------------------

    /**
     * {@code date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE},
     * e.g. {@code "17-Jul-1996 02:44:25 -0700"}.
     */
    private FetchItem.InternalDate dateTime() throws ImapSyntaxException {
        c.enter("date-time");
        int open = c.pos;
        c.expect('"');
        int start = c.pos;
        int day;
        if (c.is(' ')) {
            c.pos++;
            day = digitsFixed(1, "date-day-fixed");
        } else {
            day = digitsFixed(2, "date-day-fixed");
        }
        c.expect('-');
        int monthAt = c.pos;
        int month = 0;
        if (c.pos + 3 <= c.end) {
            String m = c.ascii(c.pos, c.pos + 3).toUpperCase(java.util.Locale.ROOT);
            for (int i = 0; i < 12; i++) {
                if (MONTHS[i].equals(m)) {
                    month = i + 1;
                }
            }
        }
        if (month == 0) {
            throw c.fail(monthAt, "expected date-month (Jan, Feb, ... Dec), found " + c.found(monthAt));
        }
        c.pos += 3;
        c.expect('-');
        int year = digitsFixed(4, "date-year");
        c.expect(' ');
        int hour = digitsFixed(2, "time");
        c.expect(':');
        int minute = digitsFixed(2, "time");
        c.expect(':');
        int second = digitsFixed(2, "time");
        c.expect(' ');
        int zoneAt = c.pos;
        int sign;
        if (c.is('+')) {
            sign = 1;
        } else if (c.is('-')) {
            sign = -1;
        } else {
            throw c.expected("zone (\"+\" / \"-\") 4DIGIT");
        }
        c.pos++;
        int zone = digitsFixed(4, "zone");
        int end = c.pos;
        c.expect('"');
        OffsetDateTime value;
        try {
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * (zone / 100), sign * (zone % 100));
            value = OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            throw c.fail(open, "not a valid date-time: " + e.getMessage());
        }
        if (zone % 100 >= 60) {
            throw c.fail(zoneAt, "zone minutes must be below 60");
        }
        c.leave();
        return new FetchItem.InternalDate(value, c.ascii(start, end));
    }

    private int digitsFixed(int n, String rule) throws ImapSyntaxException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (!c.isDigit()) {
                throw c.fail(c.pos, "expected " + n + " DIGIT of " + rule + ", found " + c.found(c.pos));
            }
            v = v * 10 + (c.in[c.pos++] - '0');
        }
        return v;
    }

    // ---- section ------------------------------------------------------------------------------

    /**
     * {@code section = "[" [section-spec] "]"}; {@code section-spec = section-msgtext / (section-part
     * ["." section-text])}; {@code section-text = section-msgtext / "MIME"}.
     */
    private Section section() throws ImapSyntaxException {
        c.enter("section");
        c.expect('[');
        List<Integer> part = new ArrayList<>(4);
        Section.Text text = Section.Text.NONE;
        List<String> fields = List.of();
        if (!c.is(']')) {
            if (c.isDigit()) {
                part = sectionPart();
                if (c.is('.')) {
                    c.pos++;
                    text = sectionText(true);
                }
            } else {
                text = sectionText(false);
            }
            if (text == Section.Text.HEADER_FIELDS || text == Section.Text.HEADER_FIELDS_NOT) {
                c.sp();
                fields = headerList();
            }
        }
        c.expect(']');
        c.leave();
        return new Section(part, text, fields);
    }

    /** {@code section-part = nz-number *("." nz-number)}. */
    private List<Integer> sectionPart() throws ImapSyntaxException {
        c.enter("section-part");
        List<Integer> part = new ArrayList<>(4);
        part.add((int) Math.min(Integer.MAX_VALUE, c.nzNumber()));
        while (c.is('.') && c.peek(1) >= '0' && c.peek(1) <= '9') {
            c.pos++;
            part.add((int) Math.min(Integer.MAX_VALUE, c.nzNumber()));
        }
        c.leave();
        return part;
    }

    private Section.Text sectionText(boolean afterPart) throws ImapSyntaxException {
        c.enter(afterPart ? "section-text" : "section-msgtext");
        int at = c.pos;
        String word = c.keyword();
        Section.Text text = switch (word) {
            case "HEADER" -> Section.Text.HEADER;
            case "HEADER.FIELDS" -> Section.Text.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> Section.Text.HEADER_FIELDS_NOT;
            case "TEXT" -> Section.Text.TEXT;
            case "MIME" -> {
                if (!afterPart) {
                    throw c.fail(at, "MIME must follow a part number (section-part \".\" section-text)");
                }
                yield Section.Text.MIME;
            }
            default -> throw c.fail(at, "expected HEADER, HEADER.FIELDS, HEADER.FIELDS.NOT, TEXT"
                    + (afterPart ? " or MIME" : " or a part number") + ", found " + c.found(at));
        };
        c.leave();
        return text;
    }

    /** {@code header-list = "(" header-fld-name *(SP header-fld-name) ")"}. */
    private List<String> headerList() throws ImapSyntaxException {
        c.enter("header-list");
        c.expect('(');
        List<String> names = new ArrayList<>();
        do {
            names.add(c.astring());
        } while (responses.listSeparator());
        c.expect(')');
        c.leave();
        return names;
    }

    /** {@code section-binary = "[" [section-part] "]"}. */
    private List<Integer> sectionBinary() throws ImapSyntaxException {
        c.enter("section-binary");
        c.expect('[');
        List<Integer> part = c.is(']') ? List.of() : sectionPart();
        c.expect(']');
        c.leave();
        return part;
    }

    /** {@code "<" number ">"}: the origin octet of a partial fetch. */
    private OptionalLong origin() throws ImapSyntaxException {
        if (!c.is('<')) {
            return OptionalLong.empty();
        }
        c.enter("origin");
        c.pos++;
        long origin = c.number();
        c.expect('>');
        c.leave();
        return OptionalLong.of(origin);
    }

    // ---- envelope -----------------------------------------------------------------------------

    /**
     * {@code envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP env-to
     * SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"}.
     */
    Envelope envelope() throws ImapSyntaxException {
        c.enter("envelope");
        c.expect('(');
        Optional<String> date = nstringField("env-date");
        c.sp();
        Optional<String> subject = nstringField("env-subject");
        c.sp();
        List<Address> from = addressList("env-from");
        c.sp();
        List<Address> sender = addressList("env-sender");
        c.sp();
        List<Address> replyTo = addressList("env-reply-to");
        c.sp();
        List<Address> to = addressList("env-to");
        c.sp();
        List<Address> cc = addressList("env-cc");
        c.sp();
        List<Address> bcc = addressList("env-bcc");
        c.sp();
        Optional<String> inReplyTo = nstringField("env-in-reply-to");
        c.sp();
        Optional<String> messageId = nstringField("env-message-id");
        c.trailingSpaceBefore(')');
        c.expect(')');
        c.leave();
        return new Envelope(date, subject, from, sender, replyTo, to, cc, bcc, inReplyTo, messageId);
    }

    private Optional<String> nstringField(String rule) throws ImapSyntaxException {
        c.enter(rule);
        ImapString s = c.nstring();
        c.leave();
        return s == null ? Optional.empty() : Optional.of(s.asString());
    }

    /** {@code "(" 1*address ")" / nil}. */
    private List<Address> addressList(String rule) throws ImapSyntaxException {
        c.enter(rule);
        List<Address> list = new ArrayList<>(2);
        if (!c.nil()) {
            c.expect('(');
            if (c.is(')')) {
                c.deviate(c.pos, "empty address list \"()\": NIL stands for no address (\"(\" 1*address \")\" / nil)");
            } else {
                while (true) {
                    list.add(address());
                    if (c.is('(')) {
                        continue;
                    }
                    if (c.is(' ') && c.peek(1) == '(') {
                        c.deviate(c.pos, "SP between addresses (1*address has no separator)");
                        c.pos++;
                        continue;
                    }
                    break;
                }
            }
            c.expect(')');
        }
        c.leave();
        return list;
    }

    /** {@code address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"}. */
    private Address address() throws ImapSyntaxException {
        c.enter("address");
        c.expect('(');
        Optional<String> name = nstringField("addr-name");
        c.sp();
        Optional<String> adl = nstringField("addr-adl");
        c.sp();
        Optional<String> mailbox = nstringField("addr-mailbox");
        c.sp();
        Optional<String> host = nstringField("addr-host");
        c.expect(')');
        c.leave();
        return new Address(name, adl, mailbox, host);
    }

    // ---- body ---------------------------------------------------------------------------------

    /** {@code body = "(" (body-type-1part / body-type-mpart) ")"}. */
    BodyStructure body(boolean extensible) throws ImapSyntaxException {
        c.enter("body");
        c.expect('(');
        BodyStructure b = c.is('(') ? bodyTypeMpart(extensible) : bodyType1part(extensible);
        c.trailingSpaceBefore(')');
        c.expect(')');
        c.leave();
        return b;
    }

    /** {@code body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]}. */
    private BodyStructure bodyTypeMpart(boolean extensible) throws ImapSyntaxException {
        c.enter("body-type-mpart");
        List<BodyStructure> parts = new ArrayList<>(4);
        while (true) {
            parts.add(body(extensible));
            if (c.is('(')) {
                continue;
            }
            if (c.is(' ') && c.peek(1) == '(') {
                c.deviate(c.pos, "SP between the bodies of a multipart (1*body has no separator)");
                c.pos++;
                continue;
            }
            break;
        }
        c.sp();
        String subtype = stringField("media-subtype");
        Optional<BodyStructure.MultipartExtension> ext = Optional.empty();
        if (c.spThenMore()) {
            int at = c.pos;
            c.sp();
            ext = Optional.of(bodyExtMpart());
            if (!extensible) {
                c.deviate(at, "extension data in BODY: only BODYSTRUCTURE carries body-ext-mpart");
            }
        }
        c.leave();
        return new BodyStructure.Multipart(parts, subtype, ext);
    }

    /**
     * {@code body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]}:
     * the media type decides which (TEXT, MESSAGE/RFC822 or MESSAGE/GLOBAL, anything else).
     */
    private BodyStructure bodyType1part(boolean extensible) throws ImapSyntaxException {
        c.enter("body-type-1part");
        String type = stringField("media-type");
        c.sp();
        String subtype = stringField("media-subtype");
        c.sp();
        BodyStructure.Fields fields = bodyFields();
        boolean text = type.equalsIgnoreCase("TEXT");
        boolean message = type.equalsIgnoreCase("MESSAGE")
                && (subtype.equalsIgnoreCase("RFC822") || subtype.equalsIgnoreCase("GLOBAL"));
        Envelope envelope = null;
        BodyStructure inner = null;
        long lines = 0;
        if (message) {
            c.enter("body-type-msg");
            c.sp();
            envelope = envelope();
            c.sp();
            inner = body(extensible);
            c.sp();
            lines = bodyFldLines();
            c.leave();
        } else if (text) {
            c.enter("body-type-text");
            c.sp();
            lines = bodyFldLines();
            c.leave();
        }
        Optional<BodyStructure.SinglePartExtension> ext = Optional.empty();
        if (c.spThenMore()) {
            int at = c.pos;
            c.sp();
            ext = Optional.of(bodyExt1part());
            if (!extensible) {
                c.deviate(at, "extension data in BODY: only BODYSTRUCTURE carries body-ext-1part");
            }
        }
        c.leave();
        if (message) {
            return new BodyStructure.Message(type, subtype, fields, envelope, inner, lines, ext);
        }
        if (text) {
            return new BodyStructure.Text(type, subtype, fields, lines, ext);
        }
        return new BodyStructure.Basic(type, subtype, fields, ext);
    }

    private long bodyFldLines() throws ImapSyntaxException {
        c.enter("body-fld-lines");
        long lines = c.number64();
        c.leave();
        return lines;
    }

    private String stringField(String rule) throws ImapSyntaxException {
        c.enter(rule);
        String s = c.string().asString();
        c.leave();
        return s;
    }

    /**
     * {@code body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP
     * body-fld-octets}.
     */
    private BodyStructure.Fields bodyFields() throws ImapSyntaxException {
        c.enter("body-fields");
        Map<String, String> params = bodyFldParam();
        c.sp();
        Optional<String> id = nstringField("body-fld-id");
        c.sp();
        Optional<String> description = nstringField("body-fld-desc");
        c.sp();
        String encoding = stringField("body-fld-enc");
        c.sp();
        c.enter("body-fld-octets");
        long octets = c.number();
        c.leave();
        c.leave();
        return new BodyStructure.Fields(params, id, description, encoding, octets);
    }

    /** {@code body-fld-param = "(" string SP string *(SP string SP string) ")" / nil}. */
    private Map<String, String> bodyFldParam() throws ImapSyntaxException {
        c.enter("body-fld-param");
        Map<String, String> params = new LinkedHashMap<>(4);
        if (!c.nil()) {
            c.expect('(');
            if (c.is(')')) {
                c.deviate(c.pos, "empty parameter list \"()\": NIL stands for no parameters");
            } else {
                do {
                    String name = c.string().asString();
                    c.sp();
                    params.put(name, c.string().asString());
                } while (responses.listSeparator());
            }
            c.trailingSpaceBefore(')');
            c.expect(')');
        }
        c.leave();
        return params;
    }

    /**
     * {@code body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc
     * *(SP body-extension)]]]}.
     */
    private BodyStructure.SinglePartExtension bodyExt1part() throws ImapSyntaxException {
        c.enter("body-ext-1part");
        Optional<String> md5 = nstringField("body-fld-md5");
        ExtTail tail = extTail();
        c.leave();
        return new BodyStructure.SinglePartExtension(md5, tail.disposition, tail.language, tail.location, tail.further);
    }

    /**
     * {@code body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc
     * *(SP body-extension)]]]}.
     */
    private BodyStructure.MultipartExtension bodyExtMpart() throws ImapSyntaxException {
        c.enter("body-ext-mpart");
        Map<String, String> params = bodyFldParam();
        ExtTail tail = extTail();
        c.leave();
        return new BodyStructure.MultipartExtension(params, tail.disposition, tail.language, tail.location, tail.further);
    }

    private static final class ExtTail {
        Optional<BodyStructure.Disposition> disposition = Optional.empty();
        List<String> language = List.of();
        Optional<String> location = Optional.empty();
        List<ExtensionValue> further = List.of();
    }

    private ExtTail extTail() throws ImapSyntaxException {
        ExtTail t = new ExtTail();
        if (!c.spThenMore()) {
            return t;
        }
        c.sp();
        t.disposition = bodyFldDsp();
        if (!c.spThenMore()) {
            return t;
        }
        c.sp();
        t.language = bodyFldLang();
        if (!c.spThenMore()) {
            return t;
        }
        c.sp();
        t.location = nstringField("body-fld-loc");
        if (c.spThenMore()) {
            List<ExtensionValue> further = new ArrayList<>();
            while (c.spThenMore()) {
                c.sp();
                further.add(bodyExtension());
            }
            t.further = further;
        }
        return t;
    }

    /** {@code body-fld-dsp = "(" string SP body-fld-param ")" / nil}. */
    private Optional<BodyStructure.Disposition> bodyFldDsp() throws ImapSyntaxException {
        c.enter("body-fld-dsp");
        Optional<BodyStructure.Disposition> d = Optional.empty();
        if (!c.nil()) {
            c.expect('(');
            String type = c.string().asString();
            c.sp();
            d = Optional.of(new BodyStructure.Disposition(type, bodyFldParam()));
            c.expect(')');
        }
        c.leave();
        return d;
    }

    /** {@code body-fld-lang = nstring / "(" string *(SP string) ")"}. */
    private List<String> bodyFldLang() throws ImapSyntaxException {
        c.enter("body-fld-lang");
        List<String> langs;
        if (c.is('(')) {
            c.pos++;
            langs = new ArrayList<>(2);
            do {
                langs.add(c.string().asString());
            } while (responses.listSeparator());
            c.expect(')');
        } else {
            ImapString s = c.nstring();
            langs = s == null ? List.of() : List.of(s.asString());
        }
        c.leave();
        return langs;
    }

    /** {@code body-extension = nstring / number / number64 / "(" body-extension *(SP body-extension) ")"}. */
    private ExtensionValue bodyExtension() throws ImapSyntaxException {
        c.enter("body-extension");
        ExtensionValue v;
        if (c.is('(')) {
            c.pos++;
            List<ExtensionValue> items = new ArrayList<>();
            do {
                items.add(bodyExtension());
            } while (responses.listSeparator());
            c.expect(')');
            v = new ExtensionValue.ListValue(items);
        } else if (c.isDigit()) {
            v = new ExtensionValue.Number(c.number64());
        } else {
            ImapString s = c.nstring();
            v = s == null ? new ExtensionValue.Nil() : new ExtensionValue.Str(s);
        }
        c.leave();
        return v;
    }
}
