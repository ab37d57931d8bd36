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
        Seeded seeded = maildrop.seeded(label);
        TestMessage m = seeded.message();
        judge(c, x, seeded, m.bytes(), x.verb() + " sends message " + label + " unchanged: its lines, each ending in CRLF, "
                + "lines beginning with \".\" byte-stuffed, then \".\" CRLF (RFC 1939 sections 3 and 5)");
    }

    @Then("client {client} receives the headers of message {message} and {int} lines of its body")
    public void receivesTop(String client, String label, int lines) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        Seeded seeded = maildrop.seeded(label);
        TestMessage m = seeded.message();
        judge(c, x, seeded, top(m, lines), "TOP sends the headers, the blank line and the first " + lines + " lines of the "
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

    /**
     * Compares what arrived with what was seeded. A message the server received by SMTP or LMTP is
     * compared from the harness's first header on (RFC 5321 4.4: trace fields go at the beginning);
     * what came before it must be header fields, shown in the transcript.
     */
    private void judge(Client c, Exchange x, Seeded seeded, byte[] expected, String rule) {
        if (!x.positiveAndComplete()) {
            throw verdicts.violation(c, x, rule, "\"+OK\", the data lines and the terminating \".\" CRLF");
        }
        byte[] got = x.multi().orElseThrow().content();
        if (seeded.traced()) {
            java.util.Optional<List<String>> trace = org.mailspec.fixture.TraceHeaders.before(got, expected);
            if (trace.isPresent()) {
                c.pop3().connection().event("mailspec: message " + seeded.label() + " compared from the harness's first "
                        + "header on; before it the server sent " + trace.get().size() + " trace header field(s): "
                        + String.join(" | ", trace.get().stream().map(f -> f.replace("\r\n", "")).toList()));
                got = org.mailspec.fixture.TraceHeaders.fromSeeded(got, expected);
            }
        }
        if (!Arrays.equals(got, expected)) {
            int at = Arrays.mismatch(got, expected);
            throw verdicts.violation(c, rule, expected.length + " octets, unstuffed; at octet " + at + ": \""
                            + Ascii.around(expected, at, 40) + "\"",
                    x.command() + " gave " + got.length + " octets, unstuffed; at octet " + at + ": \""
                            + Ascii.around(got, at, 40) + "\"");
        }
    }
}
