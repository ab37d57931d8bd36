package org.mailspec.pop3.steps;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import org.mailspec.pop3.Pop3Capabilities;
import org.mailspec.text.Ascii;

/** CAPA (RFC 2449 section 5) and what it announces in each state. */
public class CapabilitySteps {

    /** {@code capability = capa-tag *(SP param)}; capa-tag = 1*cchar (0x21-0x2D / 0x2F-0x7F), param = 1*pchar (0x21-0x7F). */
    private static final Pattern CAPABILITY = Pattern.compile("[\\x21-\\x2D\\x2F-\\x7F]+(?: [\\x21-\\x7F]+)*");
    /** RFC 2449 section 5: "Each capability line is limited to 512 octets (including the CRLF)". */
    static final int MAX_LINE = 512;

    private final Sessions sessions;
    private final Verdicts verdicts;

    public CapabilitySteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    @Then("client {client} receives a capability list")
    public void receivesCapabilityList(String client) {
        Client c = sessions.client(client);
        Exchange x = c.last();
        String rule = "CAPA is answered with a list of capabilities, one per line: a capa-tag and parameters separated "
                + "by single spaces, at most 512 octets with CRLF, then \".\" CRLF (RFC 2449 sections 3 and 5)";
        if (!x.verb().equals("CAPA") || !x.positiveAndComplete()) {
            throw verdicts.violation(c, x, rule, "\"+OK\", the capability lines and the terminating \".\" CRLF");
        }
        for (byte[] line : x.multi().orElseThrow().lines()) {
            String text = new String(line, StandardCharsets.ISO_8859_1);
            if (line.length + 2 > MAX_LINE || !CAPABILITY.matcher(text).matches()) {
                throw verdicts.violation(c, x, rule, "lines like \"SASL PLAIN\"; got the line \"" + Ascii.escape(line)
                        + "\" (" + (line.length + 2) + " octets with CRLF)");
            }
        }
    }

    @Then("the capability list of client {client} does not announce {string}")
    public void doesNotAnnounce(String client, String capability) {
        Client c = sessions.client(client);
        Exchange x = c.last("CAPA", Optional.empty()).orElseThrow(() -> new IllegalStateException(
                "client " + client + " sent no CAPA"));
        Pop3Capabilities caps = c.capabilities(x.before()).orElseThrow(() -> verdicts.violation(c, x,
                "CAPA is answered with a list of capabilities (RFC 2449 section 5)", "\"+OK\" and the capability lines"));
        if (caps.has(capability)) {
            throw verdicts.violation(c, x, "a capability is announced only where its command is permitted: \"The "
                    + "capability name \"STLS\" indicates this command is present and permitted in the current state\" "
                    + "(RFC 2595 section 4)", "a capability list without " + capability);
        }
    }

    @Then("the capabilities client {client} received in the TRANSACTION state include those it received in the AUTHORIZATION state")
    public void transactionIncludesAuthorization(String client) {
        Client c = sessions.client(client);
        Pop3Capabilities before = c.capabilities(SessionState.AUTHORIZATION).orElseThrow(() ->
                new IllegalStateException("client " + client + " received no capability list in the AUTHORIZATION state"));
        Pop3Capabilities after = c.capabilities(SessionState.TRANSACTION).orElseThrow(() ->
                new IllegalStateException("client " + client + " received no capability list in the TRANSACTION state"));
        Set<String> present = names(after);
        Set<String> missing = names(before).stream().filter(n -> !n.equals("STLS") && !present.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            Exchange x = c.last("CAPA", Optional.empty()).orElseThrow();
            throw verdicts.violation(c, x, "capabilities available in the AUTHORIZATION state MUST be announced in both "
                    + "states (RFC 2449 section 5; STLS excepted, RFC 2595 section 4)",
                    "a TRANSACTION-state list that also announces " + String.join(", ", missing));
        }
    }

    private static Set<String> names(Pop3Capabilities caps) {
        return caps.names().stream().map(n -> n.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
