package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailspec.run.HarnessError;
import org.mailspec.wire.WireException;

/** Sending commands: one, pipelined, continuation lines, raw lines. */
public final class CommandSteps {

    private final ImapWorld world;

    public CommandSteps(ImapWorld world) {
        this.world = world;
    }

    @When("{client} sends {quoted}")
    public void sends(String client, String command) {
        world.execute(world.session(client), command);
    }

    @When("{client} sends these commands without waiting:")
    public void sendsPipelined(String client, DataTable commands) {
        List<String> lines = Tables.column(commands).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        world.pipeline(world.session(client), lines);
    }

    @When("{client} answers the continuation with {quoted}")
    public void answersContinuation(String client, String line) {
        world.answerContinuation(world.session(client), line);
    }

    @When("{client} sends the raw line {quoted}")
    public void sendsRaw(String client, String line) {
        Session s = world.session(client);
        if (s.client == null) {
            throw new HarnessError("harness defect: client " + s.name + " is used before a Given connects it");
        }
        try {
            s.client.sendRaw((ParameterTypes.unescape(line) + "\r\n").getBytes(StandardCharsets.UTF_8));
            s.client.readResponse(world.timeout());
        } catch (WireException e) {
            throw new HarnessError("raw line on " + s.connection() + ": " + e.getMessage());
        }
    }
}
