package org.mailspec.pop3.steps;

import io.cucumber.java.en.When;

/** The one way a scenario speaks POP3: a command line as it travels. */
public class CommandSteps {

    private final Sessions sessions;
    private final Placeholders placeholders;

    public CommandSteps(Sessions sessions, Placeholders placeholders) {
        this.sessions = sessions;
        this.placeholders = placeholders;
    }

    @When("client {client} sends {string}")
    public void sends(String client, String line) {
        Client c = sessions.client(client);
        sessions.send(c, placeholders.expand(c, line));
    }
}
