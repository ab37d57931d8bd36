package org.mailspec.imap.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailspec.imap.steps.support.Value;
import org.mailspec.imap.steps.support.WireTokens;
import org.mailspec.text.Ascii;

/** Capability lists: from the last CAPABILITY response, else the completion's code, else the greeting's. */
public final class CapabilitySteps {

    private final ImapWorld world;

    public CapabilitySteps(ImapWorld world) {
        this.world = world;
    }

    /** The capability list the last command brought, and where it came from. */
    private record Listing(List<String> names, String source) {
        boolean has(String cap) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(cap));
        }
    }

    private Listing listing() {
        Observation o = world.last();
        List<Responses.Untagged> caps = Responses.untagged(o).stream().filter(u -> u.kind().equals("CAPABILITY")).toList();
        if (!caps.isEmpty()) {
            Responses.Untagged u = caps.get(caps.size() - 1);
            return new Listing(u.values().subList(1, u.values().size()).stream().map(Value::text).toList(),
                    Ascii.escape(u.received().raw()));
        }
        if (o.result != null) {
            Optional<List<String>> code = codeList(o.result.tagged().raw(), true);
            if (code.isPresent()) {
                return new Listing(code.get(), Ascii.escape(o.result.tagged().raw()));
            }
        }
        Optional<List<String>> greeting = codeList(o.session.client.greeting().raw(), false);
        return greeting.map(g -> new Listing(g, Ascii.escape(o.session.client.greeting().raw())))
                .orElse(new Listing(List.of(), "no CAPABILITY response or response code"));
    }

    static Optional<List<String>> codeList(byte[] raw, boolean tagged) {
        String s = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        if (tagged) {
            s = "*" + s.substring(s.indexOf(' '));
        }
        List<Value> v = WireTokens.untagged(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (WireTokens.code(v).equals("CAPABILITY") && v.get(1) instanceof Value.ListV l) {
            return Optional.of(l.items().subList(1, l.items().size()).stream().map(Value::text).toList());
        }
        return Optional.empty();
    }

    @Then("the capabilities include {capability}")
    public void include(String cap) {
        Listing l = listing();
        if (!l.has(cap)) {
            throw world.violation("the capability list must include " + cap, cap, l.source(), world.last().session, null);
        }
    }

    @Then("the capabilities include {capability} or {capability}")
    public void includeEither(String a, String b) {
        Listing l = listing();
        if (!l.has(a) && !l.has(b)) {
            throw world.violation("the capability list must include " + a + " or " + b, a + " or " + b, l.source(),
                    world.last().session, null);
        }
    }

    @Then("the capabilities do not include {capability}")
    public void exclude(String cap) {
        Listing l = listing();
        if (l.names().isEmpty()) {
            throw new org.mailspec.run.HarnessError("harness defect: no capability list to judge");
        }
        if (l.has(cap)) {
            throw world.violation("the capability list must not include " + cap, "a list without " + cap, l.source(),
                    world.last().session, null);
        }
    }

    @Then("the server sends exactly one untagged CAPABILITY response")
    public void exactlyOne() {
        Observation o = world.last();
        long n = Responses.untagged(o).stream().filter(u -> u.kind().equals("CAPABILITY")).count();
        if (n != 1) {
            throw world.violation("RFC 9051 6.1.1: \"The server MUST send a single untagged CAPABILITY response\"",
                    "one * CAPABILITY before the tagged OK", n + " of them: " + Responses.show(o.untagged()), o.session, null);
        }
    }

    @Then("the capabilities are the same as before")
    public void sameAsBefore() {
        Session s = world.last().session;
        List<List<String>> lists = s.capabilityLists;
        if (lists.size() < 2) {
            throw new org.mailspec.run.HarnessError("harness defect: client " + s.name + " received "
                    + lists.size() + " capability list(s); two are needed");
        }
        var before = lists.get(lists.size() - 2).stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        var after = lists.get(lists.size() - 1).stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        if (!before.equals(after)) {
            throw world.violation("RFC 9051 6.3.1: \"The server MUST NOT change the CAPABILITY list as a result of executing ENABLE\"",
                    String.valueOf(before), String.valueOf(after), s, null);
        }
    }
}
