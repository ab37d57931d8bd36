package org.mailspec.pop3.steps;

import io.cucumber.java.en.When;

/** The one way a scenario speaks POP3: a command line as it travels. */
public class CommandSteps {

    private final Pop3World world;

    public CommandSteps(Pop3World world) {
        this.world = world;
    }

    @When("client {client} sends {string}")
    public void sends(String client, String line) {
        Client c = world.client(client);
        world.send(c, world.expand(c, line));
    }
}
