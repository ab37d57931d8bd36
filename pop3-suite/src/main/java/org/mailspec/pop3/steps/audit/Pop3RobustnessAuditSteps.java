package org.mailspec.pop3.steps.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.audit.steps.AuditWorld;
import org.mailspec.pop3.Pop3Client;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.run.RuleViolation;
import org.mailspec.settings.Endpoint;
import org.mailspec.settings.TlsMode;
import org.mailspec.text.Ascii;
import org.mailspec.wire.ConnectionClosedException;
import org.mailspec.wire.ReadTimeoutException;
import org.mailspec.wire.WireException;

/**
 * Malformed POP3 input, bounded in size and time: what the server answers (recorded) and whether
 * it still greets a new connection afterwards. Each probe has its own connection, before login.
 */
public final class Pop3RobustnessAuditSteps {
    static final int OVERLONG = 100 * 1024;
    static final int BURST = 50;

    private final AuditWorld<Pop3Client> world;
    private final List<String> answers = new ArrayList<>();
    private String probe;

    public Pop3RobustnessAuditSteps(AuditWorld<Pop3Client> world) {
        this.world = world;
    }

    private Pop3Client connect() throws WireException {
        Endpoint e = world.target().pop3();
        return world.open(e.tls() == TlsMode.STARTTLS ? e.plain() : e,
                world.untrustedAddress(e)).client();
    }

    @When("the auditor sends the malformed input {string}")
    public void sendMalformed(String name) throws WireException {
        probe = name;
        Pop3Client c = connect();
        switch (name) {
            case "an overlong command line" -> {
                byte[] line = new byte[OVERLONG + 2];
                Arrays.fill(line, (byte) 'a');
                System.arraycopy("NOOP ".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 5);
                line[line.length - 2] = '\r';
                line[line.length - 1] = '\n';
                sendAndRead(c, line, 1);
            }
            case "a NUL byte in a command" -> sendAndRead(c, ascii("CA\0PA\r\n"), 1);
            case "8-bit bytes in a command" -> sendAndRead(c, "C\u00c3\u00a9PA\r\n".getBytes(StandardCharsets.ISO_8859_1), 1);
            case "an unknown command" -> sendAndRead(c, ascii("XMAILSPECAUDIT\r\n"), 1);
            case "an argument of 1000 octets" -> sendAndRead(c, ascii("USER " + "u".repeat(1000) + "\r\n"), 1);
            case "a burst of pipelined commands" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < BURST; i++) {
                    out.writeBytes(ascii("NOOP\r\n"));
                }
                sendAndRead(c, out.toByteArray(), BURST);
                long errs = answers.stream().filter(a -> a.equals("-ERR")).count();
                long oks = answers.stream().filter(a -> a.equals("+OK")).count();
                answers.add(0, (errs + oks) + " of " + BURST + " answered");
            }
            case "a client that stops mid-command" -> {
                c.sendRaw(ascii("USER mailspec-audit-unfinish"));
                c.close();
                answers.add("closed by the client");
            }
            default -> throw new IllegalArgumentException("unknown malformed input \"" + name + "\"");
        }
        c.connection().event("malformed input \"" + name + "\" answered: " + summary());
    }

    private String summary() {
        List<String> head = answers.size() > 6 ? answers.subList(0, 6) : answers;
        return String.join(", ", head) + (answers.size() > 6 ? ", …" : "");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void sendAndRead(Pop3Client c, byte[] bytes, int replies) throws WireException {
        try {
            c.sendRaw(bytes);
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED while sending");
            return;
        }
        try {
            for (int i = 0; i < replies; i++) {
                byte[] line = c.readLine(c.connection().timeout());
                String s = new String(line, StandardCharsets.ISO_8859_1);
                answers.add(s.startsWith("+OK") ? "+OK" : s.startsWith("-ERR") ? "-ERR" : Ascii.escape(line).strip());
            }
        } catch (ConnectionClosedException e) {
            answers.add("CLOSED");
        } catch (ReadTimeoutException e) {
            answers.add("SILENT");
        }
    }

    @Then("the audit finds the input answered with {string}")
    public void answeredWith(String acceptable) {
        List<String> allowed = Arrays.stream(acceptable.split(",| or ")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        boolean ok = !answers.isEmpty() && answers.stream().allMatch(a -> allowed.stream().anyMatch(k -> matches(a, k)));
        if (!ok) {
            throw new RuleViolation("malformed input (" + probe + ") is answered -ERR, or the connection closed (RFC 1939 3)",
                    acceptable, answers.isEmpty() ? "nothing" : summary(), world.sessionName());
        }
    }

    private static boolean matches(String answer, String kind) {
        String a = answer.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "-ERR" -> a.equals("-ERR") || a.matches("\\d+ OF \\d+ ANSWERED");
            case "+OK" -> a.equals("+OK") || a.matches("\\d+ OF \\d+ ANSWERED");
            case "CLOSED" -> a.startsWith("CLOSED");
            default -> a.equals(kind);
        };
    }

    @Then("the audit finds the server still serving new connections")
    public void stillServing() throws WireException {
        Pop3Client fresh;
        try {
            fresh = connect();
        } catch (WireException e) {
            throw new RuleViolation("after malformed input the server still serves new connections", "a +OK greeting on a new connection",
                    e.getMessage(), "");
        }
        if (!fresh.greeting().ok()) {
            throw new RuleViolation("after malformed input the server still serves new connections", "+OK greeting",
                    fresh.greeting().toString(), fresh.name());
        }
        // QUIT, not CAPA: CAPA is optional (RFC 2449 5 allows -ERR), while every RFC 1939 server answers QUIT in the
        // AUTHORIZATION state, and only with +OK (RFC 1939 4: "Possible Responses: +OK").
        Pop3Reply quit;
        try {
            quit = fresh.command("QUIT");
        } catch (WireException e) {
            throw new RuleViolation("after malformed input the server still serves new connections", "QUIT answered +OK "
                    + "(RFC 1939 4)", e.getMessage(), fresh.name());
        }
        if (!quit.ok()) {
            throw new RuleViolation("after malformed input the server still serves new connections", "QUIT answered +OK "
                    + "(RFC 1939 4)", Ascii.escape(quit.raw()), fresh.name());
        }
    }
}
