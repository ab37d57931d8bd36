package org.mailspec.imap.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mailspec.imap.response.EnabledData;
import org.mailspec.run.HarnessError;
import org.mailspec.run.Skip;
import org.mailspec.text.Ascii;

/** Connecting, logging in, selecting, enabling, TLS. */
public final class SessionSteps {

    private final Sessions sessions;
    private final Mailboxes mailboxes;
    private final Advertised advertised;
    private final Verdicts verdicts;

    public SessionSteps(Sessions sessions, Mailboxes mailboxes, Advertised advertised, Verdicts verdicts) {
        this.sessions = sessions;
        this.mailboxes = mailboxes;
        this.advertised = advertised;
        this.verdicts = verdicts;
    }

    @Given("{client} is connected")
    public void connected(String client) {
        sessions.connect(sessions.session(client), Session.Reach.CONFIGURED);
    }

    @Given("{client} is connected to the plain port")
    public void connectedPlain(String client) {
        sessions.connect(sessions.session(client), Session.Reach.PLAIN);
    }

    @Given("{client} is connected to the implicit TLS port")
    public void connectedImplicit(String client) {
        sessions.connect(sessions.session(client), Session.Reach.IMPLICIT);
    }

    @Given("{client} is logged in")
    public void loggedIn(String client) {
        Session s = sessions.session(client);
        if (!s.loggedIn) {
            sessions.login(s, 1);
        }
    }

    @Given("{client} is logged in as the second user")
    public void loggedInSecond(String client) {
        sessions.login(sessions.session(client), 2);
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
        mailboxes.mailbox(mailbox);
        Observation o = sessions.execute(sessions.session(client), verb + " " + mailbox);
        if (o.result == null || !o.result.ok()) {
            throw new HarnessError("precondition: " + verb + " " + mailbox + " was answered " + Responses.completion(o));
        }
    }

    @Given("{client} has enabled {capability}")
    public void hasEnabled(String client, String capability) {
        loggedIn(client);
        Skip.unless(advertised.has("ENABLE"), "the server does not advertise ENABLE");
        Skip.unless(advertised.has(capability), "the server does not advertise " + capability);
        Observation o = sessions.execute(sessions.session(client), "ENABLE " + capability);
        boolean enabled = Responses.of(o, EnabledData.class).stream().anyMatch(h -> h.response().has(capability));
        if (o.result == null || !o.result.ok() || !enabled) {
            throw new HarnessError("precondition: ENABLE " + capability + " did not enable it: "
                    + Responses.show(o.untagged()) + " / " + Responses.completion(o));
        }
    }

    @When("{client} negotiates TLS")
    public void negotiatesTls(String client) {
        Session s = sessions.session(client);
        if (!s.tlsAttempted) {
            throw new HarnessError("harness defect: TLS is negotiated right after STARTTLS is answered OK; "
                    + "client " + s.name + " has no such STARTTLS");
        }
    }

    @When("{client} reconnects")
    public void reconnects(String client) {
        Session s = sessions.session(client);
        boolean wasLoggedIn = s.loggedIn;
        sessions.connect(s, Session.Reach.CONFIGURED);
        if (wasLoggedIn) {
            sessions.login(s, 1);
        }
    }

    @Then("the TLS negotiation succeeds")
    public void tlsSucceeds() {
        Session s = sessions.last().session;
        if (s.tlsFailure.isPresent()) {
            throw verdicts.violation("RFC 9051 6.2.1: \"A [TLS] negotiation begins immediately after the CRLF at the end "
                    + "of the tagged OK response from the server.\"", "a TLS handshake that completes",
                    String.valueOf(s.tlsFailure.get().getMessage()), s, null);
        }
        if (s.tls.isEmpty()) {
            throw verdicts.violation("RFC 9051 6.2.1: STARTTLS answered OK starts TLS", "a TLS session",
                    "no TLS negotiation (STARTTLS was answered " + Responses.completion(sessions.last()) + ")", s, null);
        }
        if (s.tls.get().plaintextInjected()) {
            throw verdicts.violation("RFC 9051 6.2.1: after the tagged OK to STARTTLS the next bytes are the TLS handshake",
                    "no bytes between the OK and the handshake",
                    Ascii.escape(s.tls.get().bufferedPlaintext()), s, null);
        }
    }

    @Then("the connection is encrypted")
    public void encrypted() {
        Session s = sessions.lastConnected();
        if (s.client.tlsSession().isEmpty()) {
            throw verdicts.violation("RFC 8314 3.3: on the implicit TLS port \"a TLS handshake begins immediately\"",
                    "a TLS session from the first byte", "a connection without TLS", s, null);
        }
    }
}
