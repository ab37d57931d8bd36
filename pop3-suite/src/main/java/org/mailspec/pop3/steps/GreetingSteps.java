package org.mailspec.pop3.steps;

import java.util.Optional;
import java.util.regex.Pattern;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.Pop3Reply;
import org.mailspec.text.Ascii;

/** The greeting (RFC 1939 section 4) and its APOP timestamp (section 7). */
public class GreetingSteps {

    /** RFC 822 msg-id: "<" addr-spec ">", addr-spec = local-part "@" domain; no spaces, one "@". */
    private static final Pattern MSG_ID = Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E&&[^@]]+@[\\x21-\\x3B\\x3D\\x3F-\\x7E&&[^@]]+>");

    private final Sessions sessions;
    private final Verdicts verdicts;

    public GreetingSteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    @Then("the greeting of client {client} is +OK")
    public void greetingOk(String client) {
        Client c = sessions.client(client);
        Pop3Reply g = c.pop3().greeting();
        if (!g.ok()) {
            throw verdicts.violation(c, "the server greets with a positive response (RFC 1939 section 4)",
                    "\"+OK\" and any text", "\"" + Ascii.escape(g.raw()) + "\"");
        }
    }

    @Then("the greeting of client {client} carries a timestamp in msg-id syntax")
    public void timestampSyntax(String client) {
        Client c = sessions.client(client);
        Optional<String> ts = c.pop3().apopTimestamp();
        if (ts.isEmpty() || !MSG_ID.matcher(ts.get()).matches()) {
            throw verdicts.violation(c, "the APOP timestamp has the syntax of an RFC 822 msg-id (RFC 1939 section 7)",
                    "\"<\" local-part \"@\" domain \">\", e.g. <1896.697170952@dbc.mtview.ca.us>",
                    "\"" + Ascii.escape(c.pop3().greeting().raw()) + "\"");
        }
    }

    @Then("the greetings of clients {client} and {client} carry different timestamps")
    public void differentTimestamps(String first, String second) {
        Client a = sessions.client(first);
        Client b = sessions.client(second);
        Optional<String> ta = a.pop3().apopTimestamp();
        Optional<String> tb = b.pop3().apopTimestamp();
        if (tb.isEmpty() || tb.equals(ta)) {
            throw verdicts.violation(b, "the APOP timestamp is different in each greeting (RFC 1939 section 7)",
                    "a timestamp other than " + ta.orElse("(none)"),
                    "\"" + Ascii.escape(b.pop3().greeting().raw()) + "\" after \""
                            + Ascii.escape(a.pop3().greeting().raw()) + "\"");
        }
    }
}
