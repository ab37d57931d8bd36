package org.mailspec.imap.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;

/** Connecting, logging in, selecting, TLS. */
public final class SessionSteps {

    private final ImapWorld world;

    public SessionSteps(ImapWorld world) {
        this.world = world;
    }

    @Given("{client} is connected")
    public void connected(String client) {
        world.connect(world.session(client), Session.Reach.CONFIGURED);
    }

    @Given("{client} is connected to the plain port")
    public void connectedPlain(String client) {
        world.connect(world.session(client), Session.Reach.PLAIN);
    }

    @Given("{client} is connected to the implicit TLS port")
    public void connectedImplicit(String client) {
        world.connect(world.session(client), Session.Reach.IMPLICIT);
    }

    @Given("{client} is logged in")
    public void loggedIn(String client) {
        Session s = world.session(client);
        if (!s.loggedIn) {
            world.login(s, 1);
        }
    }

    @Given("{client} is logged in as the second user")
    public void loggedInSecond(String client) {
        world.login(world.session(client), 2);
    }

    @Given("{client} has selected {mailbox}")
    public void hasSelected(String client, String mailbox) {
        select(client, "SELECT", mailbox);
    }

    @Given("{client} has examined {mailbox}")
    public void hasExamined(String client, String mailbox) {
        select(client, "EXAMINE", mailbox);
    }

    private void select(String client, String verb, String mailbox) {
        loggedIn(client);
        world.mailbox(mailbox);
        Observation o = world.execute(world.session(client), verb + " " + mailbox);
        if (o.result == null || !o.result.ok()) {
            throw new HarnessError("precondition: " + verb + " " + mailbox + " was answered " + Responses.completion(o));
        }
    }

    @Given("{client} has enabled {capability}")
    public void hasEnabled(String client, String capability) {
        loggedIn(client);
        java.util.Set<String> caps = Hooks.advertised(world);
        Skip.unless(Hooks.has(caps, "ENABLE"), "the server does not advertise ENABLE");
        Skip.unless(Hooks.has(caps, capability.toUpperCase(java.util.Locale.ROOT)),
                "the server does not advertise " + capability);
        Observation o = world.execute(world.session(client), "ENABLE " + capability);
        boolean enabled = Responses.untagged(o).stream().anyMatch(u -> u.kind().equals("ENABLED")
                && u.values().stream().anyMatch(v -> capability.equalsIgnoreCase(
                        org.mailspec.imap.steps.support.Value.text(v))));
        if (o.result == null || !o.result.ok() || !enabled) {
            throw new HarnessError("precondition: ENABLE " + capability + " did not enable it: "
                    + Responses.show(o.untagged()) + " / " + Responses.completion(o));
        }
    }

    @When("{client} negotiates TLS")
    public void negotiatesTls(String client) {
        Session s = world.session(client);
        if (!s.tlsAttempted) {
            throw new HarnessError("harness defect: TLS is negotiated right after STARTTLS is answered OK; "
                    + "client " + s.name + " has no such STARTTLS");
        }
    }

    @When("{client} reconnects")
    public void reconnects(String client) {
        Session s = world.session(client);
        boolean wasLoggedIn = s.loggedIn;
        world.connect(s, Session.Reach.CONFIGURED);
        if (wasLoggedIn) {
            world.login(s, 1);
        }
    }

    @Then("the TLS negotiation succeeds")
    public void tlsSucceeds() {
        Session s = world.last().session;
        if (s.tlsFailure.isPresent()) {
            throw world.violation("RFC 9051 6.2.1: \"A [TLS] negotiation begins immediately after the CRLF at the end "
                    + "of the tagged OK response from the server.\"", "a TLS handshake that completes",
                    String.valueOf(s.tlsFailure.get().getMessage()), s, null);
        }
        if (s.tls.isEmpty()) {
            throw world.violation("RFC 9051 6.2.1: STARTTLS answered OK starts TLS", "a TLS session",
                    "no TLS negotiation (STARTTLS was answered " + Responses.completion(world.last()) + ")", s, null);
        }
        if (s.tls.get().plaintextInjected()) {
            throw world.violation("RFC 9051 6.2.1: after the tagged OK to STARTTLS the next bytes are the TLS handshake",
                    "no bytes between the OK and the handshake",
                    Ascii.escape(s.tls.get().bufferedPlaintext()), s, null);
        }
    }

    @Then("the connection is encrypted")
    public void encrypted() {
        Session s = world.sessions().stream().filter(x -> x.client != null).reduce((a, b) -> b)
                .orElseThrow(() -> new HarnessError("harness defect: no client is connected"));
        if (s.client.tlsSession().isEmpty()) {
            throw world.violation("RFC 8314 3.3: on the implicit TLS port \"a TLS handshake begins immediately\"",
                    "a TLS session from the first byte", "a connection without TLS", s, null);
        }
    }
}
