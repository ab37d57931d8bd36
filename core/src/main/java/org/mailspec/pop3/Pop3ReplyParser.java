package org.mailspec.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The strict POP3 reply parser. Checks, each with the rule it enforces:
 * <ul>
 * <li>{@code CRLF}: every line ends in CRLF; a lone LF or a missing line end is a violation</li>
 * <li>{@code status}: {@code +OK} or {@code -ERR}, in upper case (RFC 1939 section 3)</li>
 * <li>{@code single-line}: {@code status [SP text] CRLF} (RFC 2449 section 3): SP after the status</li>
 * <li>{@code resp-code}: text starting with "[" is a well-formed code (RFC 2449 sections 3 and 8)</li>
 * <li>{@code text}: 7-bit, no control characters but HTAB</li>
 * <li>{@code rfc2449-4}: the first line of a reply is at most 512 octets, CRLF included</li>
 * <li>{@code dot-stuffed}: a data line starting with "." is byte-stuffed (RFC 1939 section 3)</li>
 * <li>{@code multi-line}: the reply ends with {@code "." CRLF} before the connection closes</li>
 * <li>{@code continue-req}: {@code "+" SP [base64] CRLF} inside AUTH (RFC 5034 section 4)</li>
 * </ul>
 * The one-argument methods throw at the first violation; the methods taking a list record every
 * violation there and go on (only an unknown status indicator still throws: nothing can be read).
 */
public final class Pop3ReplyParser {

    /** RFC 2449 section 4: the first line of a reply, CRLF included. */
    public static final int MAX_FIRST_LINE = 512;

    @FunctionalInterface
    private interface Sink {
        void report(Pop3SyntaxException e) throws Pop3SyntaxException;
    }

    private static final Sink THROW = e -> {
        throw e;
    };

    public static Pop3ReplyParser strict() {
        return new Pop3ReplyParser();
    }

    /** A single-line reply: {@code +OK} or {@code -ERR}. */
    public Pop3Reply parseReply(byte[] line) throws Pop3SyntaxException {
        return reply(line, THROW, false);
    }

    public Pop3Reply parseReply(byte[] line, List<Pop3SyntaxException> violations) throws Pop3SyntaxException {
        return reply(line, violations::add, false);
    }

    /** A reply inside an AUTH exchange: {@code +OK}, {@code -ERR}, or a continuation {@code + base64}. */
    public Pop3Reply parseAuthReply(byte[] line) throws Pop3SyntaxException {
        return reply(line, THROW, true);
    }

    public Pop3Reply parseAuthReply(byte[] line, List<Pop3SyntaxException> violations) throws Pop3SyntaxException {
        return reply(line, violations::add, true);
    }

    /** A whole multi-line reply, first line to terminator; a {@code -ERR} first line stands alone. */
    public MultiLineReply parseMultiLine(byte[] raw) throws Pop3SyntaxException {
        return multiLine(raw, THROW);
    }

    public MultiLineReply parseMultiLine(byte[] raw, List<Pop3SyntaxException> violations) throws Pop3SyntaxException {
        return multiLine(raw, violations::add);
    }

    // ---------------------------------------------------------------- single line

    private Pop3Reply reply(byte[] line, Sink sink, boolean auth) throws Pop3SyntaxException {
        int n = line.length;
        int end = lineContentEnd(line, 0, n, sink, line);
        if (n > MAX_FIRST_LINE) {
            sink.report(new Pop3SyntaxException("rfc2449-4", MAX_FIRST_LINE, line, "the first line of a reply is " + n
                    + " octets; at most " + MAX_FIRST_LINE + " including CRLF are allowed"));
        }
        Pop3Status status;
        int i;
        if (startsWith(line, end, "+OK")) {
            status = Pop3Status.OK;
            i = 3;
        } else if (startsWith(line, end, "-ERR")) {
            status = Pop3Status.ERR;
            i = 4;
        } else if (auth && end >= 1 && line[0] == '+' && (end == 1 || line[1] == ' ')) {
            if (end == 1) {
                sink.report(new Pop3SyntaxException("continue-req", 1, line,
                        "expected \"+\" SP [base64] CRLF, the SP is missing"));
            }
            int from = Math.min(2, end);
            for (int k = from; k < end; k++) {
                if (!isBase64(line[k])) {
                    sink.report(new Pop3SyntaxException("continue-req", k, line,
                            "expected base64 after \"+ \", got a byte that is not base64"));
                    break;
                }
            }
            return new Pop3Reply(Pop3Status.CONTINUE, Optional.empty(),
                    new String(line, from, end - from, StandardCharsets.US_ASCII), line);
        } else if (startsWithIgnoreCase(line, end, "+OK")) {
            sink.report(new Pop3SyntaxException("status", 0, line, "status indicator not in upper case: servers MUST send \"+OK\""));
            status = Pop3Status.OK;
            i = 3;
        } else if (startsWithIgnoreCase(line, end, "-ERR")) {
            sink.report(new Pop3SyntaxException("status", 0, line, "status indicator not in upper case: servers MUST send \"-ERR\""));
            status = Pop3Status.ERR;
            i = 4;
        } else {
            throw new Pop3SyntaxException("status", 0, line, "expected the status indicator \"+OK\" or \"-ERR\"");
        }
        if (i < end) {
            if (line[i] != ' ') {
                sink.report(new Pop3SyntaxException("single-line", i, line,
                        "expected SP between the status indicator and the text"));
            } else {
                i++;
            }
        }
        checkText(line, i, end, sink);
        Optional<Pop3ResponseCode> code = Optional.empty();
        if (i < end && line[i] == '[') {
            int close = respCode(line, i, end, sink);
            if (close > 0) {
                code = Optional.of(Pop3ResponseCode.of(new String(line, i + 1, close - i - 1, StandardCharsets.US_ASCII)));
                i = close + 1;
                if (i < end && line[i] == ' ') {
                    i++;
                }
            }
        }
        return new Pop3Reply(status, code, new String(line, i, end - i, StandardCharsets.UTF_8), line);
    }

    /** {@code resp-code = "[" resp-level *("/" resp-level) "]"}, {@code resp-level = 1*rchar}. Returns the index of "]" or -1. */
    private static int respCode(byte[] line, int open, int end, Sink sink) throws Pop3SyntaxException {
        int levelStart = open + 1;
        for (int k = open + 1; k < end; k++) {
            byte b = line[k];
            if (b == ']' || b == '/') {
                if (k == levelStart) {
                    sink.report(new Pop3SyntaxException("resp-code", k, line, "an empty resp-level in the response code"));
                    return -1;
                }
                if (b == ']') {
                    return k;
                }
                levelStart = k + 1;
            } else if (!(b >= 0x21 && b <= 0x7f)) {
                sink.report(new Pop3SyntaxException("resp-code", k, line,
                        "expected a printable character (rchar), \"/\" or \"]\" in the response code"));
                return -1;
            }
        }
        sink.report(new Pop3SyntaxException("resp-code", end, line, "the response code has no closing \"]\""));
        return -1;
    }

    private static void checkText(byte[] line, int from, int end, Sink sink) throws Pop3SyntaxException {
        for (int k = from; k < end; k++) {
            int b = line[k] & 0xff;
            if ((b < 0x20 && b != '\t') || b >= 0x80) {
                sink.report(new Pop3SyntaxException("text", k, line,
                        "the text holds a byte that is not 7-bit printable (" + String.format("0x%02X", b) + ")"));
                return;
            }
        }
    }

    /** Where the content of the line at [from, to) ends, reporting a lone LF or a missing line end. */
    private static int lineContentEnd(byte[] bytes, int from, int to, Sink sink, byte[] whole) throws Pop3SyntaxException {
        if (to - from >= 2 && bytes[to - 2] == '\r' && bytes[to - 1] == '\n') {
            return to - 2;
        }
        if (to - from >= 1 && bytes[to - 1] == '\n') {
            sink.report(new Pop3SyntaxException("CRLF", to - 1, whole, "the line ends in LF without CR"));
            return to - 1;
        }
        sink.report(new Pop3SyntaxException("CRLF", to, whole, "the line does not end in CRLF"));
        return to;
    }

    // ---------------------------------------------------------------- multi-line

    private MultiLineReply multiLine(byte[] raw, Sink sink) throws Pop3SyntaxException {
        int firstEnd = indexOf(raw, (byte) '\n', 0, raw.length);
        firstEnd = firstEnd < 0 ? raw.length : firstEnd + 1;
        byte[] firstLine = Arrays.copyOfRange(raw, 0, firstEnd);
        Pop3Reply first = reply(firstLine, (Pop3SyntaxException e) -> sink.report(
                new Pop3SyntaxException(e.rule(), e.offset(), raw, e.getMessage())), false);
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (first.status() == Pop3Status.ERR) {
            if (firstEnd < raw.length) {
                sink.report(new Pop3SyntaxException("multi-line", firstEnd, raw,
                        "a -ERR reply is a single line, yet more bytes follow"));
            }
            return new MultiLineReply(first, lines, content.toByteArray(), raw);
        }
        int pos = firstEnd;
        boolean terminated = false;
        while (pos < raw.length) {
            int lf = indexOf(raw, (byte) '\n', pos, raw.length);
            if (lf < 0) {
                break;
            }
            int contentEnd = lineContentEnd(raw, pos, lf + 1, sink, raw);
            if (contentEnd - pos == 1 && raw[pos] == '.') {
                terminated = true;
                pos = lf + 1;
                break;
            }
            int from = pos;
            if (raw[pos] == '.') {
                if (raw[pos + 1] != '.') {
                    sink.report(new Pop3SyntaxException("dot-stuffed", pos, raw,
                            "a data line begins with \".\" but is not byte-stuffed (expected \"..\")"));
                }
                from = pos + 1;
            }
            byte[] l = Arrays.copyOfRange(raw, from, contentEnd);
            lines.add(l);
            content.writeBytes(l);
            content.write('\r');
            content.write('\n');
            pos = lf + 1;
        }
        if (!terminated) {
            sink.report(new Pop3SyntaxException("multi-line", raw.length, raw,
                    "the connection closed before the terminating \".\" CRLF"));
        } else if (pos < raw.length) {
            sink.report(new Pop3SyntaxException("multi-line", pos, raw, "bytes follow the terminating \".\" CRLF"));
        }
        return new MultiLineReply(first, lines, content.toByteArray(), raw);
    }

    private static int indexOf(byte[] b, byte x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] line, int end, String s) {
        if (end < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (line[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] line, int end, String s) {
        if (end < s.length()) {
            return false;
        }
        return new String(line, 0, s.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(s);
    }

    private static boolean isBase64(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/' || b == '=';
    }
}
