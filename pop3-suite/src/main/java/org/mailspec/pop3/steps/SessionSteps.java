package org.mailspec.pop3.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.mailspec.pop3.Pop3Status;
import org.mailspec.run.Skip;

/** Opening, authenticating and ending sessions; the preconditions on a session's state. */
public class SessionSteps {

    private final Sessions sessions;
    private final CapabilityProbe capabilities;

    public SessionSteps(Sessions sessions, CapabilityProbe capabilities) {
        this.sessions = sessions;
        this.capabilities = capabilities;
    }

    @Given("client {client} is connected")
    public void connected(String client) {
        sessions.connect(client, Sessions.Route.CONFIGURED);
    }

    @Given("client {client} is connected without TLS")
    public void connectedWithoutTls(String client) {
        sessions.connect(client, Sessions.Route.PLAIN);
    }

    @Given("client {client} is connected to the POP3S port")
    public void connectedToPop3s(String client) {
        sessions.connect(client, Sessions.Route.POP3S);
    }

    @Given("client {client} is in the TRANSACTION state")
    public void inTransaction(String client) {
        sessions.inTransaction(client);
    }

    @When("client {client} authenticates")
    public void authenticates(String client) {
        sessions.authenticate(sessions.client(client));
    }

    @When("client {client} negotiates TLS")
    public void negotiatesTls(String client) {
        sessions.negotiateTls(sessions.client(client));
    }

    @When("client {client} drops the connection")
    public void drops(String client) {
        sessions.drop(sessions.client(client));
    }

    @Given("the server keeps the connection of client {client} open")
    public void keepsOpen(String client) {
        Client c = sessions.client(client);
        if (c.state() == SessionState.ENDED) {
            throw Skip.because("the server closed client " + client + "'s connection after its -ERR, as RFC 1939 "
                    + "section 4 allows, so the rest cannot be judged");
        }
        c.closeAllowed(true);
    }

    @Given("the greeting of client {client} carries a timestamp")
    public void greetingCarriesTimestamp(String client) {
        Client c = sessions.client(client);
        Skip.unless(c.pop3().apopTimestamp().isPresent(), "the greeting of client " + client
                + " carries no <timestamp>: the server does not offer APOP (RFC 1939 section 7)");
    }

    @Given("the server implements CAPA")
    public void implementsCapa() {
        Skip.unless(capabilities.capabilities().implemented(),
                "CAPA was answered -ERR, which RFC 2449 section 5 allows for a server without the extension mechanism");
    }

    @Given("the server admitted client {client} to the locked maildrop")
    public void admitted(String client) {
        Exchange auth = authentication(client);
        Skip.unless(auth.status(Pop3Status.OK), "the server refuses a second session while the "
                + "maildrop is locked (" + auth.command() + " got " + auth.shown() + "); nothing to judge of a shared view");
    }

    @Given("the server refused client {client} the locked maildrop")
    public void refused(String client) {
        Exchange auth = authentication(client);
        Skip.unless(!auth.status(Pop3Status.OK), "the server admits a second session while the "
                + "maildrop is in use (" + auth.command() + " got " + auth.shown() + "); there is no refusal to judge");
    }

    private Exchange authentication(String client) {
        return sessions.client(client).authentication().orElseThrow(() -> new IllegalStateException(
                "client " + client + " has not authenticated"));
    }
}
