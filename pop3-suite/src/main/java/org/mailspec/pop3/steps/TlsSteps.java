package org.mailspec.pop3.steps;

import io.cucumber.java.en.Then;

/** The TLS negotiation that follows a +OK to STLS (RFC 2595 section 4). */
public class TlsSteps {

    private final Sessions sessions;
    private final Verdicts verdicts;

    public TlsSteps(Sessions sessions, Verdicts verdicts) {
        this.sessions = sessions;
        this.verdicts = verdicts;
    }

    @Then("the TLS negotiation of client {client} begins immediately after the +OK")
    public void beginsImmediately(String client) {
        Client c = sessions.client(client);
        if (c.tlsUpgrade().isEmpty()) {
            throw new IllegalStateException("client " + client + " negotiated no TLS after a +OK to STLS: the "
                    + "scenario needs \"When client " + client + " negotiates TLS\" first");
        }
        verdicts.plaintextBeforeTls(c).ifPresent(v -> {
            throw v;
        });
    }
}
