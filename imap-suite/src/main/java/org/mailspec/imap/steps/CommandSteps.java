package org.mailspec.imap.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailspec.run.HarnessError;
import org.mailspec.wire.WireException;

/** Sending commands: one, pipelined, continuation lines, raw lines. */
public final class CommandSteps {

    private final Sessions sessions;

    public CommandSteps(Sessions sessions) {
        this.sessions = sessions;
    }

    @When("{client} sends {quoted}")
    public void sends(String client, String command) {
        sessions.execute(sessions.session(client), command);
    }

    @When("{client} sends these commands without waiting:")
    public void sendsPipelined(String client, DataTable commands) {
        List<String> lines = Tables.column(commands).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        sessions.pipeline(sessions.session(client), lines);
    }

    @When("{client} answers the continuation with {quoted}")
    public void answersContinuation(String client, String line) {
        sessions.answerContinuation(sessions.session(client), line);
    }

    @When("{client} sends the raw line {quoted}")
    public void sendsRaw(String client, String line) {
        Session s = sessions.session(client);
        if (s.client == null) {
            throw new HarnessError("harness defect: client " + s.name + " is used before a Given connects it");
        }
        try {
            s.client.sendRaw((ParameterTypes.unescape(line) + "\r\n").getBytes(StandardCharsets.UTF_8));
            s.client.readResponse(sessions.timeout());
        } catch (WireException e) {
            throw new HarnessError("raw line on " + s.connection() + ": " + e.getMessage());
        }
    }
}
