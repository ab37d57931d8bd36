package org.mailspec.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mailspec.imap.response.ImapString;
import org.mailspec.text.Ascii;

/**
 * The lexical layer under the response grammar: an index into one frame, the stack of ABNF
 * productions being parsed (for error paths), the deviations tolerated so far, and the terminal
 * productions of RFC 9051 section 9 (SP, CRLF, atom, number, quoted, literal, text...).
 *
 * <p>Valid input never throws: every decision is made by looking at the next byte. An exception
 * means the frame is rejected.
 */
final class Cursor {
    private static final int MAX_RULES = 200;
    private static final int CONTEXT = 24;

    private static final int ATOM = 1;      // ATOM-CHAR
    private static final int ASTRING = 2;   // ASTRING-CHAR = ATOM-CHAR / resp-specials
    private static final int TAG = 4;       // ASTRING-CHAR except "+"
    private static final int TEXT = 8;      // TEXT-CHAR: CHAR except CR, LF (NUL excluded too)
    private static final int KEYWORD = 16;  // letters, digits, "-", "." of response and item names
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 1; c < 0x80; c++) {
            int k = 0;
            boolean ctl = c < 0x20 || c == 0x7f;
            boolean atomSpecial = ctl || c == '(' || c == ')' || c == '{' || c == ' ' || c == '%' || c == '*'
                    || c == '"' || c == '\\' || c == ']';
            if (!atomSpecial) {
                k |= ATOM | ASTRING;
                if (c != '+') {
                    k |= TAG;
                }
            }
            if (c == ']') {
                k |= ASTRING | TAG;
            }
            if (c != '\r' && c != '\n') {
                k |= TEXT;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
                k |= KEYWORD;
            }
            CLASS[c] = (byte) k;
        }
    }

    final byte[] in;
    final int end;
    int pos;
    final boolean lenient;
    private final List<Deviation> deviations = new ArrayList<>(0);
    private final String[] rules = new String[MAX_RULES];
    private int depth;

    Cursor(byte[] in, boolean lenient) {
        this.in = in;
        this.end = in.length;
        this.lenient = lenient;
    }

    // ---- production stack, errors, deviations ---------------------------------------------

    void enter(String rule) throws ImapSyntaxException {
        if (depth == MAX_RULES) {
            throw fail(pos, "nesting deeper than " + MAX_RULES + " productions");
        }
        rules[depth++] = rule;
    }

    void leave() {
        depth--;
    }

    int depth() {
        return depth;
    }

    /** Back to an earlier stack depth, after recovering from a rejected sub-production. */
    void unwind(int toDepth) {
        depth = toDepth;
    }

    String path() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                sb.append(" > ");
            }
            sb.append(rules[i]);
        }
        return sb.toString();
    }

    List<Deviation> deviations() {
        return deviations;
    }

    ImapSyntaxException fail(int at, String message) {
        String rule = path();
        return new ImapSyntaxException(rule, at, in, describe(rule, at, message));
    }

    /** "expected X, found Y" at the current position. */
    ImapSyntaxException expected(String what) {
        return fail(pos, "expected " + what + ", found " + found(pos));
    }

    /** Records a tolerated departure from the grammar; in strict mode, rejects the frame. */
    void deviate(int at, String message) throws ImapSyntaxException {
        if (!lenient) {
            throw fail(at, message);
        }
        String rule = path();
        deviations.add(new Deviation(rule, at, describe(rule, at, message)));
    }

    /** Records a rejected sub-production as a deviation (lenient recovery). */
    void deviate(ImapSyntaxException e) {
        deviations.add(new Deviation(e.rule(), e.offset(), e.getMessage()));
    }

    private String describe(String rule, int at, String message) {
        return rule + ": " + message + " (offset " + at + ": " + Ascii.around(in, at, CONTEXT) + ")";
    }

    String found(int at) {
        if (at >= end) {
            return "end of frame";
        }
        return "\"" + Ascii.escape(in, at, Math.min(end, at + 12)) + "\"" + (at + 12 < end ? "…" : "");
    }

    // ---- single bytes ---------------------------------------------------------------------

    int peek() {
        return pos < end ? in[pos] & 0xff : -1;
    }

    int peek(int ahead) {
        int at = pos + ahead;
        return at < end ? in[at] & 0xff : -1;
    }

    boolean is(char c) {
        return pos < end && in[pos] == (byte) c;
    }

    boolean isDigit() {
        return pos < end && in[pos] >= '0' && in[pos] <= '9';
    }

    /** True if the next byte is an ATOM-CHAR (or 8-bit): the word at hand goes on. */
    boolean atWordContinuation() {
        return pos < end && (in[pos] < 0 || (CLASS[in[pos] & 0xff] & ATOM) != 0);
    }

    boolean atLineEnd() {
        return pos >= end || in[pos] == '\r' || in[pos] == '\n';
    }

    void expect(char c) throws ImapSyntaxException {
        if (!is(c)) {
            throw expected("\"" + c + "\"");
        }
        pos++;
    }

    // ---- SP and CRLF ----------------------------------------------------------------------

    /** Exactly one SP (RFC 9051 section 9, note 2); the lenient parser tolerates a run of them. */
    void sp() throws ImapSyntaxException {
        if (!is(' ')) {
            throw expected("SP");
        }
        pos++;
        if (is(' ')) {
            int at = pos;
            while (is(' ')) {
                pos++;
            }
            deviate(at, "extra SP: exactly one SP separates tokens");
        }
    }

    /**
     * True if an SP follows that separates another token; false at a closing bracket or the line end.
     * A trailing SP before CRLF or ")" is left for {@link #crlf()} or the caller to judge.
     */
    boolean spThenMore() {
        if (!is(' ')) {
            return false;
        }
        int at = pos + 1;
        while (at < end && in[at] == ' ') {
            at++;
        }
        if (at >= end) {
            return false;
        }
        int b = in[at];
        return !(lenient && (b == '\r' || b == '\n' || b == ')'));
    }

    /** In lenient mode, a run of SP before ")" is tolerated; call before expecting ")". */
    void trailingSpaceBefore(char close) throws ImapSyntaxException {
        if (lenient && is(' ')) {
            int at = pos;
            while (is(' ')) {
                pos++;
            }
            if (is(close)) {
                deviate(at, "SP before \"" + close + "\"");
            } else {
                pos = at;
            }
        }
    }

    /** CRLF; a lone LF or trailing spaces are deviations. */
    void crlf() throws ImapSyntaxException {
        if (is(' ') && lenient) {
            int at = pos;
            while (is(' ')) {
                pos++;
            }
            if (atLineEnd() && pos < end) {
                deviate(at, "trailing SP before CRLF");
            } else {
                pos = at;
            }
        }
        if (is('\r') && peek(1) == '\n') {
            pos += 2;
        } else if (is('\n')) {
            deviate(pos, "lone LF: every line ends with CRLF");
            pos++;
        } else if (is('\r')) {
            throw fail(pos, "CR not followed by LF");
        } else {
            throw expected("CRLF");
        }
    }

    void endOfFrame() throws ImapSyntaxException {
        if (pos != end) {
            throw fail(pos, "garbage after CRLF: " + (end - pos) + " more byte(s) after the end of the response");
        }
    }

    // ---- words ----------------------------------------------------------------------------

    /** Letters, digits, "-" and "." (response names, status words, msg-att names); may be empty. */
    String keyword() {
        int start = pos;
        while (pos < end && (CLASS[in[pos] & 0xff] & KEYWORD) != 0) {
            pos++;
        }
        return ascii(start, pos).toUpperCase(java.util.Locale.ROOT);
    }

    /** True, and consumes it, if {@code upper} follows (any case) and is not followed by another ATOM-CHAR. */
    boolean word(String upper) {
        int n = upper.length();
        if (pos + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = in[pos + i];
            if (b >= 'a' && b <= 'z') {
                b -= 32;
            }
            if (b != upper.charAt(i)) {
                return false;
            }
        }
        if (pos + n < end && (CLASS[in[pos + n] & 0xff] & ATOM) != 0) {
            return false;
        }
        pos += n;
        return true;
    }

    boolean nil() {
        return word("NIL");
    }

    /** {@code atom = 1*ATOM-CHAR}. */
    String atom() throws ImapSyntaxException {
        int start = pos;
        while (pos < end && (CLASS[in[pos] & 0xff] & ATOM) != 0) {
            pos++;
        }
        eightBitCheck("atom");
        if (pos == start) {
            throw expected("atom");
        }
        return ascii(start, pos);
    }

    /** {@code 1*ASTRING-CHAR}: an atom that may contain "]". */
    String astringAtom() throws ImapSyntaxException {
        int start = pos;
        while (pos < end && (CLASS[in[pos] & 0xff] & ASTRING) != 0) {
            pos++;
        }
        eightBitCheck("astring");
        if (pos == start) {
            throw expected("astring");
        }
        return ascii(start, pos);
    }

    /** {@code tag = 1*<any ASTRING-CHAR except "+">}. */
    String tag() throws ImapSyntaxException {
        int start = pos;
        while (pos < end && (CLASS[in[pos] & 0xff] & TAG) != 0) {
            pos++;
        }
        if (pos == start) {
            throw fail(pos, "expected a tag (1*<any ASTRING-CHAR except \"+\">), found " + found(pos));
        }
        if (!is(' ') && !atLineEnd()) {
            throw fail(pos, "byte " + found(pos) + " is not allowed in a tag (tag = 1*<any ASTRING-CHAR except \"+\">)");
        }
        return ascii(start, pos);
    }

    private void eightBitCheck(String rule) throws ImapSyntaxException {
        if (pos < end && in[pos] < 0) {
            throw fail(pos, String.format("8-bit octet 0x%02X in %s: ATOM-CHAR is 7-bit US-ASCII", in[pos] & 0xff, rule));
        }
    }

    // ---- numbers --------------------------------------------------------------------------

    static final long MAX_NUMBER = 0xFFFF_FFFFL;
    static final long MAX_NUMBER64 = Long.MAX_VALUE;

    /** {@code number = 1*DIGIT}, unsigned 32-bit. */
    long number() throws ImapSyntaxException {
        return digits("number", MAX_NUMBER, false, "a 32-bit unsigned integer");
    }

    /** {@code nz-number = digit-nz *DIGIT}, unsigned 32-bit, not 0. */
    long nzNumber() throws ImapSyntaxException {
        return digits("nz-number", MAX_NUMBER, true, "a non-zero 32-bit unsigned integer");
    }

    /** {@code number64 = 1*DIGIT}, 0 to 2^63-1. */
    long number64() throws ImapSyntaxException {
        return digits("number64", MAX_NUMBER64, false, "a 63-bit unsigned integer");
    }

    /** {@code mod-sequence-value = 1*DIGIT}, 1 to 2^63-1 (RFC 7162). */
    long modSequenceValue() throws ImapSyntaxException {
        int at = pos;
        long v = digits("mod-sequence-value", MAX_NUMBER64, false, "a positive 63-bit integer");
        if (v == 0) {
            throw fail(at, "mod-sequence-value must be positive, found 0");
        }
        return v;
    }

    private long digits(String rule, long max, boolean nonZero, String range) throws ImapSyntaxException {
        int start = pos;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
        if (pos == start) {
            throw expected(rule);
        }
        if (nonZero && in[start] == '0') {
            throw fail(start, rule + " must not start with 0 (digit-nz *DIGIT), found " + found(start));
        }
        int n = pos - start;
        long v = 0;
        if (n <= 19) {
            for (int i = start; i < pos; i++) {
                v = v * 10 + (in[i] - '0');
            }
        }
        if (n > 19 || Long.compareUnsigned(v, max) > 0) {
            throw fail(start, rule + " " + ascii(start, pos) + " is out of range: " + rule + " is " + range
                    + " (at most " + max + ")");
        }
        return v;
    }

    // ---- strings --------------------------------------------------------------------------

    /** {@code string = quoted / literal}. */
    ImapString string() throws ImapSyntaxException {
        if (is('"')) {
            return quoted();
        }
        if (is('{')) {
            return literal();
        }
        if (word("NIL")) {
            pos -= 3;
            throw fail(pos, "NIL where a string is required");
        }
        throw expected("string (quoted or literal)");
    }

    /** {@code nstring = string / nil}; null for NIL. */
    ImapString nstring() throws ImapSyntaxException {
        if (nil()) {
            return null;
        }
        if (is('"')) {
            return quoted();
        }
        if (is('{')) {
            return literal();
        }
        throw expected("nstring (quoted, literal or NIL)");
    }

    /** {@code astring = 1*ASTRING-CHAR / string}, decoded. */
    String astring() throws ImapSyntaxException {
        if (is('"') || is('{')) {
            return string().asString();
        }
        return astringAtom();
    }

    /**
     * {@code quoted = DQUOTE *QUOTED-CHAR DQUOTE}; QUOTED-CHAR is a TEXT-CHAR other than DQUOTE and
     * backslash, {@code \"} or {@code \\}, or (RFC 9051) a UTF-8 multi-octet character.
     */
    ImapString quoted() throws ImapSyntaxException {
        int open = pos;
        enter("quoted");
        pos++;
        int start = pos;
        boolean escaped = false;
        while (true) {
            if (pos >= end) {
                throw fail(open, "unterminated quoted string: the frame ends before the closing DQUOTE");
            }
            int b = in[pos] & 0xff;
            if (b == '"') {
                break;
            } else if (b == '\\') {
                int next = peek(1);
                if (next != '"' && next != '\\') {
                    throw fail(pos, "bad escape " + found(pos) + " in quoted string: only \\\" and \\\\ are allowed");
                }
                escaped = true;
                pos += 2;
            } else if (b == '\r' || b == '\n') {
                throw fail(open, "unterminated quoted string: " + (b == '\r' ? "CR" : "LF")
                        + " before the closing DQUOTE (a quoted string cannot span lines)");
            } else if (b == 0) {
                throw fail(pos, "NUL octet in quoted string");
            } else if (b >= 0x80) {
                utf8("quoted string");
            } else {
                pos++;
            }
        }
        int close = pos;
        pos++;
        leave();
        if (!escaped) {
            return new ImapString(in, start, close - start, ImapString.Form.QUOTED);
        }
        byte[] out = new byte[close - start];
        int n = 0;
        for (int i = start; i < close; i++) {
            if (in[i] == '\\') {
                i++;
            }
            out[n++] = in[i];
        }
        return new ImapString(out, 0, n, ImapString.Form.QUOTED);
    }

    /** {@code literal = "{" number64 "}" CRLF *CHAR8}: the octets must be in the frame, NUL excluded. */
    ImapString literal() throws ImapSyntaxException {
        return literal(false);
    }

    /** {@code literal8 = "~{" number64 "}" CRLF *OCTET} (RFC 3516), or a literal. */
    ImapString literal(boolean eightAllowed) throws ImapSyntaxException {
        int open = pos;
        boolean literal8 = false;
        if (is('~')) {
            literal8 = true;
            pos++;
        }
        enter(literal8 ? "literal8" : "literal");
        expect('{');
        long n = number64();
        if (is('+')) {
            deviate(pos, "non-synchronizing literal {n+}: only clients send LITERAL+ literals");
            pos++;
        }
        expect('}');
        if (is('\r') && peek(1) == '\n') {
            pos += 2;
        } else if (is('\n')) {
            deviate(pos, "lone LF after literal length: the octets follow CRLF");
            pos++;
        } else {
            throw expected("CRLF after the literal length");
        }
        long available = end - pos;
        if (n > available) {
            throw fail(open, "literal announces " + n + " octets but the frame holds only " + available
                    + " after it");
        }
        int start = pos;
        pos += (int) n;
        if (!literal8) {
            for (int i = start; i < pos; i++) {
                if (in[i] == 0) {
                    throw fail(i, "NUL octet in literal (CHAR8 excludes %x00; only literal8 may carry it)");
                }
            }
        }
        leave();
        return new ImapString(in, start, (int) n, literal8 ? ImapString.Form.LITERAL8 : ImapString.Form.LITERAL);
    }

    /**
     * {@code text = 1*(TEXT-CHAR / UTF8-2 / UTF8-3 / UTF8-4)} up to CRLF; may be empty (the caller
     * decides whether that is allowed).
     */
    String text() throws ImapSyntaxException {
        int start = pos;
        boolean ascii = true;
        while (pos < end) {
            int b = in[pos] & 0xff;
            if (b == '\r' || b == '\n') {
                break;
            }
            if (b == 0) {
                throw fail(pos, "NUL octet in text");
            }
            if (b >= 0x80) {
                ascii = false;
                utf8("text");
            } else {
                pos++;
            }
        }
        return ascii ? ascii(start, pos) : new String(in, start, pos - start, StandardCharsets.UTF_8);
    }

    /** 1*<TEXT-CHAR except "]"> of an unknown response code's argument. */
    String textUntilBracket() throws ImapSyntaxException {
        int start = pos;
        while (pos < end) {
            int b = in[pos] & 0xff;
            if (b == ']' || b == '\r' || b == '\n') {
                break;
            }
            if (b == 0 || b >= 0x80) {
                throw fail(pos, "octet " + found(pos) + " in response code text: TEXT-CHAR is 7-bit US-ASCII without NUL");
            }
            pos++;
        }
        if (pos == start) {
            throw expected("1*<TEXT-CHAR except \"]\">");
        }
        return ascii(start, pos);
    }

    /** Consumes one UTF-8 character at pos; an invalid sequence is a deviation (one octet consumed). */
    private void utf8(String where) throws ImapSyntaxException {
        int b0 = in[pos] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            n = 0;
        }
        boolean ok = n > 0 && pos + n <= end;
        for (int i = 1; ok && i < n; i++) {
            int b = in[pos + i] & 0xff;
            ok = i == 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xBF;
        }
        if (!ok) {
            deviate(pos, String.format("octet 0x%02X in %s is not UTF-8 (8-bit text must be UTF-8)", b0, where));
            pos++;
            return;
        }
        pos += n;
    }

    String ascii(int from, int to) {
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
