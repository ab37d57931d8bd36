package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.pop3.Pop3ResponseCode;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.wire.CloseObservation;

/** The status indicator of the last reply, its response code, and the end of the connection. */
public class StatusSteps {

    private static final Pattern BASE64 = Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private final Sessions sessions;
    private final Verdicts verdicts;

    public StatusSteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    @Then("client {client} receives +OK")
    public void receivesOk(String client) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        if (!x.positiveAndComplete()) {
            throw verdicts.violation(c, x, x.verb() + " is answered with a positive status indicator",
                    x.multi().isPresent() ? "\"+OK\", the data lines and the terminating \".\" CRLF" : "\"+OK\"");
        }
    }

    @Then("client {client} receives -ERR")
    public void receivesErr(String client) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        if (!x.status(Pop3Status.ERR)) {
            throw verdicts.violation(c, x, x.verb() + " is answered with a negative status indicator", "\"-ERR\"");
        }
    }

    @Then("client {client} receives -ERR with response code {string}")
    public void receivesErrWithCode(String client, String code) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        if (!x.status(Pop3Status.ERR) || !hasCode(x.first(), code)) {
            throw verdicts.violation(c, x, x.verb() + " is answered -ERR with the extended response code [" + code + "]",
                    "\"-ERR [" + code + "]\" or \"-ERR [" + code + "/...]\", then any text");
        }
    }

    @Then("client {client} receives -ERR without response code {string}")
    public void receivesErrWithoutCode(String client, String code) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        if (!x.status(Pop3Status.ERR) || hasCode(x.first(), code)) {
            throw verdicts.violation(c, x, x.verb() + " is answered -ERR without the response code [" + code + "]",
                    "\"-ERR\", with no [" + code + "] code");
        }
    }

    /** {@code SYS} matches {@code [SYS/TEMP]}: the reply's code is the wanted one or within it. */
    static boolean hasCode(Optional<Pop3Reply> reply, String wanted) {
        return reply.flatMap(Pop3Reply::code).map(got -> got.isWithin(Pop3ResponseCode.of(wanted))).orElse(false);
    }

    @Then("client {client} receives a server challenge")
    public void receivesChallenge(String client) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        boolean ok = x.status(Pop3Status.CONTINUE) && x.first().map(r -> {
            byte[] raw = r.raw();
            String line = new String(raw, StandardCharsets.ISO_8859_1);
            return line.startsWith("+ ") && line.endsWith("\r\n") && BASE64.matcher(line.substring(2, line.length() - 2)).matches();
        }).orElse(false);
        if (!ok) {
            throw verdicts.violation(c, x, "a server challenge is \"+\", a single space and the challenge in base64, "
                    + "and no other text (RFC 5034 section 4)", "\"+ \" followed by base64 (or nothing) and CRLF");
        }
    }

    @Then("the server closes the connection of client {client}")
    public void closesConnection(String client) {
        Client c = sessions.client(client);
        CloseObservation o = sessions.awaitClose(c);
        if (!o.closed() || o.received().length > 0) {
            throw verdicts.violation(c, "after its one reply to QUIT the server closes the TCP connection (RFC 1939 "
                    + "sections 3 and 6: a response after each command; then it \"closes the TCP connection\")",
                    "the connection closed within " + sessions.timeout().toSeconds() + " s, nothing sent after the reply",
                    o.toString());
        }
    }
}
