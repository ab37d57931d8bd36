package org.mailspec.imap.client;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.ResponseText;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedResponse;

/**
 * TEST ONLY: a tiny stand-in for the strict parser, so the client's tests pass before and after the
 * real one lands. Knows the greeting, "+", tagged OK/NO/BAD and "* anything"; rejects a frame
 * without CRLF at its end, a lone LF, and any other shape.
 */
final class FakeImapParser implements ImapFrameParser {

    /** Any untagged response: its first line without CRLF. */
    record Untagged(String line, byte[] raw) implements UntaggedResponse {
    }

    private static final Pattern TEXT = Pattern.compile("(?:\\[([^\\]]*)\\] ?)?(.*)", Pattern.DOTALL);
    private static final Pattern TAGGED = Pattern.compile("([^ *+]+) (OK|NO|BAD)(?: (.*))?", Pattern.DOTALL);

    @Override
    public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
        String line = line(frame, "greeting");
        Matcher m = Pattern.compile("\\* (OK|PREAUTH|BYE)(?: (.*))?", Pattern.DOTALL).matcher(line);
        if (!m.matches()) {
            throw new ImapSyntaxException("greeting", 0, frame, "expected * OK, * PREAUTH or * BYE");
        }
        return new Greeting(Status.valueOf(m.group(1)), text(m.group(2)), frame);
    }

    @Override
    public Response parse(byte[] frame) throws ImapSyntaxException {
        String line = line(frame, "response");
        if (line.equals("+") || line.startsWith("+ ")) {
            return new ContinuationRequest(line.length() > 2 ? line.substring(2) : "", frame);
        }
        if (line.startsWith("* ")) {
            return new Untagged(line, frame);
        }
        Matcher m = TAGGED.matcher(line);
        if (m.matches()) {
            return new TaggedResponse(m.group(1), Status.valueOf(m.group(2)), text(m.group(3)), frame);
        }
        throw new ImapSyntaxException("response", 0, frame, "expected a continuation, untagged or tagged response");
    }

    private static String line(byte[] frame, String rule) throws ImapSyntaxException {
        int n = frame.length;
        for (int i = 0; i < n; i++) {
            if (frame[i] == '\n' && (i == 0 || frame[i - 1] != '\r')) {
                throw new ImapSyntaxException(rule, i, frame, "a line ends in LF without CR");
            }
        }
        if (n < 2 || frame[n - 2] != '\r' || frame[n - 1] != '\n') {
            throw new ImapSyntaxException(rule, n, frame, "expected CRLF at the end");
        }
        int firstLf = 0;
        while (frame[firstLf] != '\n') {
            firstLf++;
        }
        return new String(frame, 0, firstLf - 1, StandardCharsets.ISO_8859_1);
    }

    private static ResponseText text(String s) {
        Matcher m = TEXT.matcher(s == null ? "" : s);
        m.matches();
        return new ResponseText(Optional.ofNullable(m.group(1)), m.group(2));
    }
}
