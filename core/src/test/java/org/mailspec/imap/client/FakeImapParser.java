package org.mailspec.imap.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailspec.imap.ImapFrameParser;
import org.mailspec.imap.parse.ImapResponseParser;
import org.mailspec.imap.parse.ImapSyntaxException;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.Greeting;
import org.mailspec.imap.response.Response;
import org.mailspec.imap.response.ResponseText;
import org.mailspec.imap.response.Status;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedResponse;

/**
 * TEST ONLY. Uses the real strict parser once it exists; while it is the contract stub (which
 * throws UnsupportedOperationException) it falls back to a tiny stand-in that knows the greeting,
 * "+", tagged OK/NO/BAD and "* anything", and rejects a lone LF, a frame not ending in CRLF, and
 * any other shape. The stand-in builds the response records reflectively and its untagged
 * responses as proxies, so this file keeps compiling when the parser seals UntaggedResponse and
 * types ResponseText's code.
 */
final class FakeImapParser implements ImapFrameParser {

    private static final Pattern GREETING = Pattern.compile("\\* (OK|PREAUTH|BYE)(?: (.*))?", Pattern.DOTALL);
    private static final Pattern TAGGED = Pattern.compile("([^ *+]+) (OK|NO|BAD)(?: (.*))?", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\[[^\\]]*\\] ?(.*)", Pattern.DOTALL);

    private final ImapResponseParser real = ImapResponseParser.strict();

    @Override
    public Greeting parseGreeting(byte[] frame) throws ImapSyntaxException {
        try {
            return real.parseGreeting(frame);
        } catch (UnsupportedOperationException stub) {
            String line = line(frame, "greeting");
            Matcher m = GREETING.matcher(line);
            if (!m.matches()) {
                throw new ImapSyntaxException("greeting", 0, frame, "expected * OK, * PREAUTH or * BYE");
            }
            return build(Greeting.class, Status.valueOf(m.group(1)), text(m.group(2)), frame, null);
        }
    }

    @Override
    public Response parse(byte[] frame) throws ImapSyntaxException {
        try {
            return real.parse(frame);
        } catch (UnsupportedOperationException stub) {
            String line = line(frame, "response");
            if (line.equals("+") || line.startsWith("+ ")) {
                return build(ContinuationRequest.class, null, text(line.length() > 2 ? line.substring(2) : ""), frame,
                        line.length() > 2 ? line.substring(2) : "");
            }
            if (line.startsWith("* ")) {
                return untagged(line, frame);
            }
            Matcher m = TAGGED.matcher(line);
            if (m.matches()) {
                return build(TaggedResponse.class, Status.valueOf(m.group(2)), text(m.group(3)), frame, m.group(1));
            }
            throw new ImapSyntaxException("response", 0, frame, "expected a continuation, untagged or tagged response");
        }
    }

    /** An untagged response that only knows its bytes. */
    private static UntaggedResponse untagged(String line, byte[] frame) {
        return (UntaggedResponse) Proxy.newProxyInstance(FakeImapParser.class.getClassLoader(),
                new Class<?>[] {UntaggedResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "raw" -> frame.clone();
                    case "toString" -> line;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
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

    /** resp-text with the code left out (its type belongs to the parser): only {@code text()} is kept. */
    private static ResponseText text(String s) {
        String t = s == null ? "" : s;
        Matcher m = CODE.matcher(t);
        return build(ResponseText.class, null, null, null, m.matches() ? m.group(1) : t);
    }

    /** Calls a record's canonical constructor, filling each component by its type. */
    private static <T> T build(Class<T> type, Status status, ResponseText text, byte[] raw, String string) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> c = components[i].getType();
                types[i] = c;
                args[i] = c == Status.class ? status
                        : c == ResponseText.class ? text
                        : c == byte[].class ? raw
                        : c == String.class ? string
                        : c == Optional.class ? Optional.empty()
                        : null;
            }
            Constructor<T> k = type.getDeclaredConstructor(types);
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " in the test parser", e);
        }
    }
}
