package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailspec.imap.response.CapabilityData;
import org.mailspec.imap.response.ResponseCode;
import org.mailspec.run.HarnessError;
import org.mailspec.text.Ascii;

/** Capability lists: from the last CAPABILITY response, else the completion's code, else the greeting's. */
public final class CapabilitySteps {

    private final Sessions sessions;
    private final Verdicts verdicts;

    public CapabilitySteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    /** The capability list the last command brought, and where it came from. */
    private record Listing(List<String> names, String source) {
        boolean has(String cap) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(cap));
        }
    }

    private Listing listing() {
        Observation o = sessions.last();
        List<Responses.Hit<CapabilityData>> caps = Responses.of(o, CapabilityData.class);
        if (!caps.isEmpty()) {
            Responses.Hit<CapabilityData> u = caps.get(caps.size() - 1);
            return new Listing(u.response().capabilities(), Ascii.escape(u.received().raw()));
        }
        if (o.result != null) {
            Optional<ResponseCode.Capability> code = o.result.tagged().text().code(ResponseCode.Capability.class);
            if (code.isPresent()) {
                return new Listing(code.get().capabilities(), Ascii.escape(o.result.tagged().raw()));
            }
        }
        var greeting = o.session.client.greeting();
        return greeting.text().code(ResponseCode.Capability.class)
                .map(g -> new Listing(g.capabilities(), Ascii.escape(greeting.raw())))
                .orElse(new Listing(List.of(), "no CAPABILITY response or response code"));
    }

    @Then("the capabilities include {capability}")
    public void include(String cap) {
        Listing l = listing();
        if (!l.has(cap)) {
            throw verdicts.violation("the capability list must include " + cap, cap, l.source(), sessions.last().session, null);
        }
    }

    @Then("the capabilities include {capability} or {capability}")
    public void includeEither(String a, String b) {
        Listing l = listing();
        if (!l.has(a) && !l.has(b)) {
            throw verdicts.violation("the capability list must include " + a + " or " + b, a + " or " + b, l.source(),
                    sessions.last().session, null);
        }
    }

    @Then("the capabilities do not include {capability}")
    public void exclude(String cap) {
        Listing l = listing();
        if (l.names().isEmpty()) {
            throw new HarnessError("harness defect: no capability list to judge");
        }
        if (l.has(cap)) {
            throw verdicts.violation("the capability list must not include " + cap, "a list without " + cap, l.source(),
                    sessions.last().session, null);
        }
    }

    @Then("the capabilities are the same as before")
    public void sameAsBefore() {
        Session s = sessions.last().session;
        List<List<String>> lists = s.capabilityLists;
        if (lists.size() < 2) {
            throw new HarnessError("harness defect: client " + s.name + " received "
                    + lists.size() + " capability list(s); two are needed");
        }
        Set<String> before = upper(lists.get(lists.size() - 2));
        Set<String> after = upper(lists.get(lists.size() - 1));
        if (!before.equals(after)) {
            throw verdicts.violation("RFC 9051 6.3.1: \"The server MUST NOT change the CAPABILITY list as a result of executing ENABLE\"",
                    String.valueOf(before), String.valueOf(after), s, null);
        }
    }

    private static Set<String> upper(List<String> caps) {
        return caps.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
