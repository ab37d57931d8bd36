package org.mailspec.imap.steps;

import io.cucumber.java.ParameterType;
import java.util.Arrays;
import java.util.List;

/** The parameter types of STEPS.md. */
public final class ParameterTypes {

    /** {@code the client} (= A) or {@code client X}: the session's name. */
    @ParameterType("the client|client [A-Z][A-Za-z0-9]*")
    public String client(String text) {
        return text.equals("the client") ? "A" : text.substring("client ".length());
    }

    /** {@code INBOX} or an alias {@code $Name}. */
    @ParameterType("INBOX|\\$[A-Za-z][A-Za-z0-9]*")
    public String mailbox(String text) {
        return text;
    }

    /** A quoted argument: runs to the last double quote of the line, inner quotes unescaped. */
    @ParameterType("\"(.*)\"")
    public String quoted(String text) {
        return text;
    }

    /** {@code OK}, {@code NO}, {@code BAD}, {@code NO or BAD}, or {@code OK or NO}. */
    @ParameterType("NO or BAD|OK or NO|OK|NO|BAD")
    public String outcome(String text) {
        return text;
    }

    /** A system flag ({@code \Seen}) or a keyword ({@code $Forwarded}). */
    @ParameterType("\\\\?\\$?[A-Za-z0-9_*.-]+")
    public String flag(String text) {
        return text;
    }

    @ParameterType("plain|multipart|nested|8bit|long-lines")
    public String fixture(String text) {
        return text;
    }

    /** A FETCH response item name: {@code FLAGS}, {@code BODY[2.HEADER]}, {@code BODY[]<0>}. */
    @ParameterType("BODY\\[[^\\]]*\\](?:<\\d+>)?|[A-Z][A-Z0-9.]*")
    public String fetchItem(String text) {
        return text;
    }

    /** A section of a fixture: {@code 1}, {@code 2.1}, {@code HEADER}, {@code 2.HEADER.FIELDS (SUBJECT)}. */
    @ParameterType("[0-9A-Z][0-9A-Z.]*(?: \\([^)]*\\))?")
    public String section(String text) {
        return text;
    }

    /** Numbers separated by spaces or commas. */
    @ParameterType("\\d+(?:[ ,]+\\d+)*")
    public List<Integer> ints(String text) {
        return Arrays.stream(text.split("[ ,]+")).map(Integer::parseInt).toList();
    }

    @ParameterType("[A-Za-z0-9][A-Za-z0-9=+.-]*")
    public String capability(String text) {
        return text;
    }

    /** {@code OK}, {@code OK or PREAUTH}, {@code OK, PREAUTH or BYE}. */
    @ParameterType("(?:OK|PREAUTH|BYE)(?:(?:, | or )(?:OK|PREAUTH|BYE))*")
    public List<String> greetings(String text) {
        return Arrays.stream(text.split(", | or ")).toList();
    }

    @ParameterType("date|subject|from|sender|reply-to|to|cc|bcc|in-reply-to|message-id")
    public String envelopeField(String text) {
        return text;
    }

    /** Unescapes an expected value: {@code \r\n} is CRLF, {@code \"} a quote, {@code \\} a backslash. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                switch (n) {
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A mail transfer path a scenario delivers by: {@code SMTP} or {@code LMTP}. */
    @ParameterType("SMTP|LMTP")
    public org.mailspec.fixture.InboxDelivery.Path path(String text) {
        return org.mailspec.fixture.InboxDelivery.Path.valueOf(text);
    }

    /** A POP3 session of the scenario, on the first user's maildrop (the INBOX): {@code POP3 client P}. */
    @ParameterType("POP3 client [A-Z][A-Za-z0-9]*")
    public String pop3client(String text) {
        return text.substring("POP3 client ".length());
    }
}
