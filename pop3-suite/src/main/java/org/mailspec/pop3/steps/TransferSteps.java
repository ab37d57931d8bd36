package org.mailspec.pop3.steps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.cucumber.java.en.Then;
import org.mailspec.fixture.TestMessage;
import org.mailspec.text.Ascii;

/** Messages carried by multi-line responses: RETR and TOP (RFC 1939 sections 3, 5, 7 and 11). */
public class TransferSteps {

    private final Sessions sessions;
    private final Maildrop maildrop;
    private final Verdicts verdicts;

    public TransferSteps(Sessions sessions, Maildrop maildrop, Verdicts verdicts) {
        this.sessions = sessions;
        this.maildrop = maildrop;
        this.verdicts = verdicts;
    }

    @Then("client {client} receives message {message} byte for byte")
    public void receivesMessage(String client, String label) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        TestMessage m = maildrop.seeded(label).message();
        judge(c, x, m.bytes(), x.verb() + " sends message " + label + " unchanged: its lines, each ending in CRLF, "
                + "lines beginning with \".\" byte-stuffed, then \".\" CRLF (RFC 1939 sections 3 and 5)");
    }

    @Then("client {client} receives the headers of message {message} and {int} lines of its body")
    public void receivesTop(String client, String label, int lines) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        TestMessage m = maildrop.seeded(label).message();
        judge(c, x, top(m, lines), "TOP sends the headers, the blank line and the first " + lines + " lines of the "
                + "body, byte-stuffed; the entire message when the body is shorter (RFC 1939 section 7)");
    }

    /** The header section with its blank line, then the first {@code n} body lines (all when fewer). */
    static byte[] top(TestMessage m, int n) {
        List<String> body = m.bodyLines();
        if (n >= body.size()) {
            return m.bytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(m.header());
        for (String line : body.subList(0, n)) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    private void judge(Client c, Exchange x, byte[] expected, String rule) {
        if (!x.positiveAndComplete()) {
            throw verdicts.violation(c, x, rule, "\"+OK\", the data lines and the terminating \".\" CRLF");
        }
        byte[] got = x.multi().orElseThrow().content();
        if (!Arrays.equals(got, expected)) {
            int at = Arrays.mismatch(got, expected);
            throw verdicts.violation(c, rule, expected.length + " octets, unstuffed; at octet " + at + ": \""
                            + Ascii.around(expected, at, 40) + "\"",
                    x.command() + " gave " + got.length + " octets, unstuffed; at octet " + at + ": \""
                            + Ascii.around(got, at, 40) + "\"");
        }
    }
}
