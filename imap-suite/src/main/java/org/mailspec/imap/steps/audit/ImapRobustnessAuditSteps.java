package org.mailspec.imap.steps.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.imap.ImapClient;
import org.mailspec.imap.Received;
import org.mailspec.imap.response.ContinuationRequest;
import org.mailspec.imap.response.TaggedResponse;
import org.mailspec.imap.response.UntaggedStatus;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.CloseObservation;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ParserMode;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * Malformed input, bounded in size and time: what the server answers (recorded) and whether it
 * still greets a new connection afterwards. Every probe runs on a connection of its own, before
 * login, from the audit's untrusted address; the parser is lenient so that an odd answer is
 * recorded rather than ending the scenario.
 */
public final class ImapRobustnessAuditSteps {
    /** Dovecot's limit is 64 KiB; 100 KiB is over most servers' and still small. */
    static final int OVERLONG = 100 * 1024;
    static final int BURST = 100;

    private final AuditWorld<ImapClient> world;
    private final List<String> answers = new ArrayList<>();
    private String probe;

    public ImapRobustnessAuditSteps(AuditWorld<ImapClient> world) {
        this.world = world;
    }

    private ImapClient connect() throws WireException {
        Endpoint e = world.target().imap();
        return world.open(e.tls() == TlsMode.STARTTLS ? e.plain() : e,
                world.untrustedAddress(e), ParserMode.LENIENT).client();
    }

    @When("the auditor sends the malformed input {string}")
    public void sendMalformed(String name) throws WireException {
        probe = name;
        ImapClient c = connect();
        switch (name) {
            case "an overlong command line" -> {
                byte[] line = new byte[OVERLONG + 2];
                Arrays.fill(line, (byte) 'a');
                System.arraycopy("R1 NOOP ".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 8);
                line[line.length - 2] = '\r';
                line[line.length - 1] = '\n';
                sendAndRecord(c, line, "R1");
            }
            case "unbalanced parentheses" -> sendAndRecord(c, ascii("R1 ID ((\"name\" \"mailspec\"\r\n"), "R1");
            case "a literal shorter than announced" -> literal(c, "R1 ID (\"name\" {10}\r\n", ascii("abc)\r\n"), true);
            case "a literal longer than announced" -> literal(c, "R1 ID (\"name\" {3}\r\n", ascii("abcdefgh)\r\n"), false);
            case "a huge literal" -> literal(c, "R1 ID (\"name\" {4294967296}\r\n", new byte[0], true);
            case "a NUL byte in an atom" -> sendAndRecord(c, ascii("R1 NO\0OP\r\n"), "R1");
            case "8-bit bytes in an atom" -> sendAndRecord(c, "R1 N\u00c3\u00a9OP\r\n".getBytes(StandardCharsets.ISO_8859_1), "R1");
            case "an unknown command" -> sendAndRecord(c, ascii("R1 XMAILSPECAUDIT\r\n"), "R1");
            case "a huge tag" -> {
                String tag = "T" + "t".repeat(8 * 1024);
                sendAndRecord(c, ascii(tag + " NOOP\r\n"), tag);
            }
            case "a burst of pipelined commands" -> burst(c);
            case "a client that stops mid-literal" -> {
                c.sendRaw(ascii("R1 ID (\"name\" {100}\r\n"));
                Received r = c.readResponse(c.connection().timeout());
                answers.add(kind(r));
                if (r.response() instanceof ContinuationRequest) {
                    c.sendRaw(ascii("only ten b"));
                }
                c.close();
                answers.add("closed by the client");
            }
            default -> throw new IllegalArgumentException("unknown malformed input \"" + name + "\"");
        }
        c.connection().event("malformed input \"" + name + "\" answered: " + String.join(", ", answers));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends and records the answers up to the tagged completion of {@code tag}, a BYE, a close or silence. */
    private void sendAndRecord(ImapClient c, byte[] bytes, String tag) throws WireException {
        try {
            c.sendRaw(bytes);
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED while sending");
            return;
        }
        readUntilTag(c, tag, c.connection().timeout());
    }

    private void readUntilTag(ImapClient c, String tag, Duration timeout) throws WireException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Received r = c.readResponse(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                answers.add(kind(r));
                if (r.response() instanceof TaggedResponse t && t.tag().equals(tag)) {
                    return;
                }
                if (c.bye().isPresent()) {
                    answers.add(kind(c.awaitClose(Duration.ofSeconds(2))));
                    return;
                }
            }
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED");
        } catch (ReadTimeoutException e) {
            answers.add("SILENT");
        }
    }

    private void literal(ImapClient c, String head, byte[] rest, boolean closeAfter) throws WireException {
        c.sendRaw(ascii(head));
        Received r;
        try {
            r = c.readResponse(c.connection().timeout());
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED");
            return;
        } catch (ReadTimeoutException e) {
            answers.add("SILENT");
            return;
        }
        answers.add(kind(r));
        if (!(r.response() instanceof ContinuationRequest)) {
            if (c.bye().isPresent()) {
                answers.add(kind(c.awaitClose(Duration.ofSeconds(2))));
            }
            return;
        }
        if (rest.length == 0) {
            c.close();
            answers.add("closed by the client (the audit never sends a literal that large)");
            return;
        }
        c.sendRaw(rest);
        if (closeAfter) {
            readUntilTag(c, "R1", Duration.ofSeconds(2));
            if (answers.get(answers.size() - 1).equals("SILENT")) {
                answers.set(answers.size() - 1, "waiting for the rest of the literal (as it should)");
            }
            c.close();
            answers.add("closed by the client");
            return;
        }
        readUntilTag(c, "R1", c.connection().timeout());
    }

    private void burst(ImapClient c) throws WireException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= BURST; i++) {
            out.writeBytes(ascii("B" + i + " NOOP\r\n"));
        }
        c.sendRaw(out.toByteArray());
        int completions = 0;
        try {
            while (completions < BURST) {
                Received r = c.readResponse(c.connection().timeout());
                if (r.response() instanceof TaggedResponse) {
                    completions++;
                } else {
                    answers.add(kind(r));
                }
                if (c.bye().isPresent()) {
                    break;
                }
            }
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED");
        } catch (ReadTimeoutException e) {
            answers.add("SILENT");
        }
        answers.add(0, completions + " of " + BURST + " tagged completions");
    }

    private static String kind(Received r) {
        if (r.response() instanceof TaggedResponse t) {
            return "tagged " + t.status();
        }
        if (r.response() instanceof UntaggedStatus u) {
            return "untagged " + u.status();
        }
        if (r.response() instanceof ContinuationRequest) {
            return "+";
        }
        String raw = Ascii.escape(r.raw()).strip();
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    private static String kind(CloseObservation o) {
        return o.closed() ? "CLOSED" : "still open";
    }

    @Then("the audit finds the input answered with {string}")
    public void answeredWith(String acceptable) {
        List<String> allowed = Arrays.stream(acceptable.split(",| or ")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
        String seen = String.join(", ", answers);
        boolean ok = answers.stream().anyMatch(a -> allowed.stream().anyMatch(k -> matches(a, k)));
        if (!ok) {
            throw new RuleViolation("malformed input (" + probe + ") is answered BAD, or BYE and a close (RFC 3501 7.1.3)",
                    acceptable, seen.isEmpty() ? "nothing" : seen, world.sessionName());
        }
    }

    private static boolean matches(String answer, String kind) {
        String a = answer.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "BAD" -> a.equals("TAGGED BAD") || a.equals("UNTAGGED BAD");
            case "NO" -> a.equals("TAGGED NO");
            case "OK" -> a.equals("TAGGED OK") || a.matches("\\d+ OF \\d+ TAGGED COMPLETIONS") && allCompleted(a);
            case "BYE" -> a.equals("UNTAGGED BYE") || a.equals("CLOSED");
            case "+" -> a.equals("+");
            case "WAITING" -> a.startsWith("WAITING");
            default -> a.equals(kind);
        };
    }

    private static boolean allCompleted(String a) {
        String[] w = a.split(" ");
        return w[0].equals(w[2]);
    }

    @Then("the audit finds the server still serving new connections")
    public void stillServing() throws WireException {
        ImapClient fresh;
        try {
            fresh = connect();
        } catch (WireException e) {
            throw new RuleViolation("after malformed input the server still serves new connections",
                    "a greeting on a new connection", e.getMessage(), "");
        }
        String status = fresh.greeting().status().name();
        if (!status.equals("OK") && !status.equals("PREAUTH")) {
            throw new RuleViolation("after malformed input the server still serves new connections", "* OK greeting",
                    Ascii.escape(fresh.greeting().raw()).strip(), fresh.name());
        }
        var r = fresh.execute("NOOP");
        if (!r.ok()) {
            throw new RuleViolation("after malformed input the server still serves new connections", "NOOP answered OK",
                    Ascii.escape(r.completion().raw()).strip(), fresh.name());
        }
    }
}
